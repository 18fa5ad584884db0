import cardBg from './catalogues/card/bg.ts';
import cardEn from './catalogues/card/en.ts';
import cardNb from './catalogues/card/nb.ts';
import commonBg from './catalogues/common/bg.ts';
import commonEn from './catalogues/common/en.ts';
import commonNb from './catalogues/common/nb.ts';
import type { UiLocale } from './locale.ts';
import { makeTranslator, type Catalogues, type KeyOf, type PluralKeyOf, type TranslatorOf } from './make-translator.ts';

/**
 * The areas the content script shows: the hover card's own strings and the shared ones (grades,
 * stances, evidence). It builds its translator from these alone, so the page bundle does not carry
 * the popup's, options', explorer's and export's text in three languages. translate.ts adds the
 * other areas to these for the extension's own pages.
 */
export const CARD_CATALOGUES = {
  card: { en: cardEn, nb: cardNb, bg: cardBg },
  common: { en: commonEn, nb: commonNb, bg: commonBg },
} satisfies Catalogues;

export type CardMessageKey = KeyOf<typeof CARD_CATALOGUES>;
export type CardPluralKey = PluralKeyOf<CardMessageKey>;

/**
 * Translates `card.*` and `common.*` keys only (another key is a type error), exactly as
 * createTranslator does; accepted wherever a `Translator` is expected.
 */
export type CardTranslator = TranslatorOf<CardMessageKey>;

export function createCardTranslator(locale: UiLocale): CardTranslator {
  return makeTranslator(CARD_CATALOGUES, locale);
}
