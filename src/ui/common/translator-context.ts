import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createCardTranslator } from '../../i18n/card-translate.ts';
import type { Translator } from '../../i18n/translate.ts';

/**
 * The reader's UI language for every component below it. A context rather than a prop because
 * the badge, the counts and the evidence list all need it and the popup nests them differently.
 */
export const TranslatorContext = createContext<Translator>(createCardTranslator('en'));

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
