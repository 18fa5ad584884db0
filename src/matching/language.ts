import { LanguageSchema, type Language } from '../claims/schema.ts';

/**
 * A cheap guess of a text's language among the claim database's languages, for choosing the
 * sentence segmenter's locale and the language of the claim statement shown with a match. The
 * lexicon itself reads every language at once, so a wrong guess never hides a term.
 */

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;
const NORDIC_WORDS = /(?<!\p{L})(?:og|ikke|ikkje|er|det|som|med|på|til|av|jeg|vi|har|kan|for|om|eller|når|hos|mot|fra|blir|være|seg|også|bør)(?!\p{L})/giu;
const ENGLISH_WORDS = /(?<!\p{L})(?:the|and|is|of|to|in|with|that|for|are|it|this|can|be|on|as|by|not|or|have|from)(?!\p{L})/giu;

export function guessLanguage(text: string): Language | undefined {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  if (cyrillic / letters > 0.3) return 'bg';
  const nordic = (sample.match(NORDIC_WORDS)?.length ?? 0) + 2 * (sample.match(/[æøå]/giu)?.length ?? 0);
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return nordic > english ? 'nb' : 'en';
}

/** Maps a declared language tag ("nb-NO", "no", "nn", "bg", "en-GB") to a database language. */
export function databaseLanguage(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'no' || base === 'nn' || base === 'nb') return 'nb';
  const parsed = LanguageSchema.safeParse(base);
  return parsed.success ? parsed.data : undefined;
}
