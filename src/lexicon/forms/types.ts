import type { ConceptId } from '../concept-ids.ts';

/**
 * One surface form of a concept: a regular-expression fragment over normalised text (NFKC,
 * lower case, look-alikes folded). Conventions, applied when the lexicon is compiled:
 * - a literal space means "whitespace and/or a hyphen" (so "nmda receptor" also reads
 *   "NMDA-receptor" and "NMDA  receptor"); "~" an optional one ("magnesium~oksid" also reads
 *   "magnesiumoksid"); "_" whitespace or punctuation between words (in `gap` and lookarounds,
 *   so "all, who" still reads as "all who");
 * - the fragment is wrapped in Unicode word boundaries unless `open` says a side may be glued to
 *   other letters, as parts of Nordic and German compounds are ("magnesium|tilskudd").
 * Forms should consume only their own words; context that belongs to another concept is checked
 * with a lookahead (`take(?= magnesium)`) so that the other concept is still found.
 */
export interface FormSpec {
  readonly p: string;
  readonly open?: 'left' | 'right' | 'both';
  /** Checks the original (un-normalised) text, for forms where case matters ("Mg" vs "mg"). */
  readonly accept?: (original: string) => boolean;
  /** The form states its concept negatively ("ineffective" = does not help). */
  readonly negated?: boolean;
  /** Negation words inside the form belong to its meaning ("not enough magnesium"). */
  readonly opaque?: boolean;
  /** Further concepts the form itself expresses ("anti-inflammatory" also says "reduces"). */
  readonly also?: readonly ConceptId[];
}

export type Entry = string | FormSpec;

export interface ConceptForms {
  readonly en: readonly Entry[];
  readonly nb: readonly Entry[];
  readonly bg: readonly Entry[];
  /** Nynorsk, where it differs from bokmål. */
  readonly nn?: readonly Entry[];
  readonly da?: readonly Entry[];
  readonly sv?: readonly Entry[];
  readonly de?: readonly Entry[];
}

export type FormLanguage = keyof ConceptForms;

export type LexiconPart = Partial<Record<ConceptId, ConceptForms>>;

/** Left side may be glued to a preceding compound part ("kost|tilskudd"). */
export const L = (p: string, more: Omit<FormSpec, 'p' | 'open'> = {}): FormSpec => ({ p, open: 'left', ...more });
/** Right side may be glued to a following compound part ("magnesium|mangel"). */
export const R = (p: string, more: Omit<FormSpec, 'p' | 'open'> = {}): FormSpec => ({ p, open: 'right', ...more });
/** Either side may be glued ("serum|magnesium|verdier"). */
export const B = (p: string, more: Omit<FormSpec, 'p' | 'open'> = {}): FormSpec => ({ p, open: 'both', ...more });
/** A bounded form with options. */
export const F = (p: string, more: Omit<FormSpec, 'p'> = {}): FormSpec => ({ p, ...more });

/** Up to n intervening words, each followed by whitespace or punctuation ("_" convention). */
export const gap = (n: number): string => `(?:[\\p{L}\\p{N}'.-]+_){0,${n}}`;

/** Any letters: the rest of an inflected or compounded word. */
export const W = '\\p{L}*';

/** Case-sensitive acceptors for abbreviations that collide with common words once lower-cased. */
export const exactly = (...spellings: string[]) => (original: string): boolean => spellings.includes(original.replace(/\s+/g, ' '));
