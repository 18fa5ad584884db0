import { CARD_CATALOGUES } from './card-translate.ts';
import explorerBg from './catalogues/explorer/bg.ts';
import explorerEn from './catalogues/explorer/en.ts';
import explorerNb from './catalogues/explorer/nb.ts';
import exportBg from './catalogues/export/bg.ts';
import exportEn from './catalogues/export/en.ts';
import exportNb from './catalogues/export/nb.ts';
import optionsBg from './catalogues/options/bg.ts';
import optionsEn from './catalogues/options/en.ts';
import optionsNb from './catalogues/options/nb.ts';
import popupBg from './catalogues/popup/bg.ts';
import popupEn from './catalogues/popup/en.ts';
import popupNb from './catalogues/popup/nb.ts';
import type { UiLocale } from './locale.ts';
import { makeTranslator, type Catalogues, type KeyOf, type PluralKeyOf, type TranslatorOf } from './make-translator.ts';

export type { MessageValues } from './make-translator.ts';

/**
 * Every UI area's catalogues, one line per area. An area adds itself here and nowhere else, unless
 * the content script shows it: then it goes in CARD_CATALOGUES (card-translate.ts) instead.
 * Its keys become `area.key` so two areas may use the same short name without colliding.
 */
export const CATALOGUES = {
  ...CARD_CATALOGUES,
  explorer: { en: explorerEn, nb: explorerNb, bg: explorerBg },
  export: { en: exportEn, nb: exportNb, bg: exportBg },
  options: { en: optionsEn, nb: optionsNb, bg: optionsBg },
  popup: { en: popupEn, nb: popupNb, bg: popupBg },
} satisfies Catalogues;

export type MessageKey = KeyOf<typeof CATALOGUES>;
export type PluralKey = PluralKeyOf<MessageKey>;
export type Translator = TranslatorOf<MessageKey>;

export function createTranslator(locale: UiLocale): Translator {
  return makeTranslator(CATALOGUES, locale);
}
