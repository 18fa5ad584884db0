import type { ConceptId } from './concept-ids.ts';
import { lexicon, type CompiledForm, type CompiledLexicon } from './compile.ts';
import { findNegationCues } from './negation.ts';
import { normalise, toOriginalRange } from './normalise.ts';
import { Scanner } from './scanner.ts';

/** A lexicon hit, at its position in the original (un-normalised) text. */
export interface Term {
  readonly text: string;
  readonly concept: ConceptId;
  readonly start: number;
  readonly end: number;
}

/** A hit with what the matcher needs besides its position. */
export interface TermHit extends Term {
  /** The concept, anything the form also says, everything implied, and what it reads as. */
  readonly concepts: readonly ConceptId[];
  /** Those of `concepts` the term only reads as ("diarrhoea" as a digestive upset). */
  readonly readAs: readonly ConceptId[];
  /** The form states its concept negatively ("ineffective"). */
  readonly negated: boolean;
  /**
   * Negation words inside the hit belong to its meaning ("not enough magnesium", "not well
   * absorbed"), rather than negating it ("not poorly absorbed"): see `settleNegations`.
   */
  readonly opaque: boolean;
}

const scanners = new WeakMap<CompiledLexicon, Scanner>();

function scannerFor(compiled: CompiledLexicon): Scanner {
  let s = scanners.get(compiled);
  if (!s) {
    s = new Scanner(compiled);
    scanners.set(compiled, s);
  }
  return s;
}

/**
 * Finds every lexicon term in `text`: normalise (keeping an offset map), scan once, map hits back
 * to original offsets. O(n) in the length of the text. Hits do not overlap and come in order.
 */
export function findTerms(text: string, compiled: CompiledLexicon = lexicon()): TermHit[] {
  return settleNegations(text, scanTerms(text, compiled), compiled);
}

function scanTerms(text: string, compiled: CompiledLexicon): TermHit[] {
  const norm = normalise(text);
  const raw = scannerFor(compiled).scan(norm.text, (form, start, end) => {
    if (!form.accept) return true;
    const [os, oe] = toOriginalRange(norm, start, end);
    return form.accept(text.slice(os, oe));
  });
  const spans = raw.map((h) => toOriginalRange(norm, h.start, h.end));
  const forms = raw.map((h) => compiled.forms[h.form] as CompiledForm);
  widenCompoundParts(text, spans, forms);
  return spans.map(([start, end], k) => {
    const form = forms[k] as CompiledForm;
    return {
      text: text.slice(start, end),
      concept: form.concept,
      start,
      end,
      concepts: form.concepts,
      readAs: form.readAs,
      negated: form.negated,
      opaque: form.opaque,
    };
  });
}

/** A term that may hold a negation word: more than one word, or a glued "n't". */
const SEVERAL_WORDS = /[\s'’-]/u;
/** Up to three words after a term: an adverb that completes it ("не се усвоява слабо"). */
const TAIL = /^(?:[^\S\n]+[\p{L}\p{N}-]+){0,3}/u;

/**
 * Whether a negation word inside a term belongs to the term's meaning or negates it, read from
 * what the term says without it. A form often holds a negation as part of its meaning ("not well
 * absorbed", "tas ikke godt opp", "не се усвоява" are all "poorly absorbed"); but the same words
 * around a predicate that is already negative negate it: "not poorly absorbed", "is not absorbed
 * poorly", "tas ikke dårlig opp", "не се усвоява слабо" say it is absorbed well enough. So: take
 * the negation words out (and add the few words after the term, where an adverb may follow the
 * verb); if the rest still reads as the term's concept, the negation negates that concept (the
 * polarity counts it); if it does not ("well absorbed", "absorbed", "enough magnesium"), or
 * reads as its negation ("not uncommon": "uncommon" is a negated form of "common"), the negation
 * is part of what the term means, as if the form were marked opaque. The form's own flag stands
 * where there is nothing to judge: a one-word term, a claim-level cue, or a negated form ("no
 * effect"), whose negation is already counted as the term's own. Cost: a rescan of a few words,
 * only for the rare terms that hold a negation word.
 */
function settleNegations(text: string, hits: TermHit[], compiled: CompiledLexicon): TermHit[] {
  return hits.map((hit) => {
    if (hit.negated || !SEVERAL_WORDS.test(hit.text)) return hit;
    const cues = findNegationCues(hit.text).filter((c) => c.strength === 'weak');
    if (cues.length === 0) return hit;
    let rest = '';
    let from = 0;
    for (const c of cues) {
      rest += `${hit.text.slice(from, c.start)} `;
      from = c.end;
    }
    rest += hit.text.slice(from);
    const ownPart = rest.length;
    rest += TAIL.exec(text.slice(hit.end))?.[0] ?? '';
    const stillReads = scanTerms(rest, compiled).some((r) => r.concept === hit.concept && !r.negated && r.start < ownPart);
    return stillReads === !hit.opaque ? hit : { ...hit, opaque: !stillReads };
  });
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * A compound part matched inside a word ("migren" in "migreneanfall") is widened to the word's
 * edge, or to the neighbouring part when the word holds several ("magnesium|tilskudd"), so a
 * highlight covers what a reader sees as the term. A lower-to-upper case change inside a word
 * marks words glued by lost punctuation ("tarmenMagnesiumoksid"), so widening stops there.
 */
function widenCompoundParts(text: string, spans: [number, number][], forms: CompiledForm[]): void {
  const glued = (at: number): boolean => UPPER.test(text[at] ?? '') && LOWER.test(text[at - 1] ?? '');
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as [number, number];
    const form = forms[k] as CompiledForm;
    if (form.openRight) {
      const limit = spans[k + 1]?.[0] ?? text.length;
      let e = span[1];
      while (e < limit && LETTER.test(text[e] as string) && !glued(e)) e++;
      span[1] = e;
    }
    if (form.openLeft) {
      const limit = spans[k - 1]?.[1] ?? 0;
      let s = span[0];
      while (s > limit && LETTER.test(text[s - 1] as string) && !glued(s)) s--;
      span[0] = s;
    }
  }
}
