import type { ConceptId } from './concept-ids.ts';
import { lexicon, type CompiledForm, type CompiledLexicon } from './compile.ts';
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
  /** The concept, anything the form also says, and everything implied. */
  readonly concepts: readonly ConceptId[];
  /** The form states its concept negatively ("ineffective"). */
  readonly negated: boolean;
  /** Negation words inside the hit belong to its meaning ("not enough magnesium"). */
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
      negated: form.negated,
      opaque: form.opaque,
    };
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
