import type { CompiledForm, CompiledLexicon } from './compile.ts';
import { PREFIX_LENGTH } from './regex-shape.ts';

/**
 * Runs the lexicon over normalised text in one left-to-right pass.
 *
 * Why not one giant alternation: with ~2,000 forms, each guarded by a lookbehind for the word
 * boundary, V8 evaluates every alternative at every position (measured: 17 s for 6 KB). The
 * scanner instead visits each word start once and runs a sticky regex holding only the forms
 * that can start with that word's first three characters (compiled on first use, cached). Positions inside
 * long words are tried only against the few forms that may end a compound ("kost|tilskudd").
 * At a position where some form matches, the longest match wins ("tas dårlig opp" over "tas"),
 * and among equally long ones the form that checks its context ("lower" before "magnesium" is a
 * deficiency, not a reduction). O(n) in the text; the tie-breaking runs only where a form matched.
 *
 * Measured (Node 20, CPU time on a shared, loaded machine, a 100,000-word page made of the
 * corpus, about 25,000 terms, ~2,400 forms): 0.3-0.5 s once the regexes are compiled; the first
 * page pays about 1.2 s more to compile the buckets it meets (three-character dispatch: two
 * characters made buckets larger and the steady pass slower). An ordinary article meets far
 * fewer buckets; the matcher adds 0.3-0.4 s per 100,000 words on top of the scan.
 */

export interface RawHit {
  /** Index into `CompiledLexicon.forms`. */
  form: number;
  start: number;
  end: number;
}

/** Compound tails are looked for only in words at least this long. */
const MIN_COMPOUND_LENGTH = 7;
/** A compound's first part has at least this many letters. */
const MIN_HEAD_LENGTH = 2;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Bucket {
  /** Sticky; group k + 1 is `indices[k]`. */
  readonly regex: RegExp;
  readonly indices: readonly number[];
  /** tails[p]: the same for indices[p..], compiled when first needed (to find the next match). */
  readonly tails: (RegExp | undefined)[];
}

export class Scanner {
  private readonly wordStart = new Map<string, Bucket | null>();
  private readonly inner = new Map<string, Bucket | null>();
  /** Forms by the prefixes they admit; '' lists forms that may start with anything. */
  private readonly byPrefix = new Map<string, number[]>();

  constructor(private readonly lexicon: CompiledLexicon) {
    lexicon.forms.forEach((f, idx) => {
      for (const p of f.prefixes ?? ['']) {
        const list = this.byPrefix.get(p);
        if (list) list.push(idx);
        else this.byPrefix.set(p, [idx]);
      }
    });
  }

  scan(text: string, accept: (form: CompiledForm, start: number, end: number) => boolean): RawHit[] {
    const hits: RawHit[] = [];
    let pos = 0;
    WORD.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = WORD.exec(text)) !== null) {
      const ws = w.index;
      const we = ws + w[0].length;
      if (we <= pos) continue;
      let i = Math.max(ws, pos);
      if (i === ws) {
        const hit = this.tryAt(text, ws, this.bucket(this.wordStart, text.slice(ws, ws + PREFIX_LENGTH), false), accept);
        if (hit) {
          hits.push(hit);
          i = hit.end;
        } else {
          i = ws + MIN_HEAD_LENGTH;
        }
      }
      if (we - ws >= MIN_COMPOUND_LENGTH) {
        while (i < we) {
          const hit = this.tryAt(text, i, this.bucket(this.inner, text.slice(i, i + PREFIX_LENGTH), true), accept);
          if (hit) {
            hits.push(hit);
            i = hit.end;
          } else {
            i++;
          }
        }
      }
      // A hit may run past this word (multi-word forms): later words it covers are skipped above.
      pos = Math.max(pos, i, we);
    }
    return hits;
  }

  private tryAt(
    text: string,
    at: number,
    bucket: Bucket | null,
    accept: (form: CompiledForm, start: number, end: number) => boolean,
  ): RawHit | null {
    if (bucket === null) return null;
    let best: RawHit | null = null;
    let bestLook = -1;
    // Each exec finds the next form (in lexicon order) that matches here; forms in between did
    // not. Usually one or two execs: the first match, then none after it.
    for (let from = 0; from < bucket.indices.length; ) {
      const re = this.tail(bucket, from);
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) break;
      let k = 1;
      while (m[k] === undefined) k++;
      const position = from + k - 1;
      from = position + 1;
      const idx = bucket.indices[position] as number;
      const form = this.lexicon.forms[idx] as CompiledForm;
      const length = m[0].length;
      if (length === 0) continue;
      const longer = best === null || length > best.end - best.start;
      const sameButContext = best !== null && length === best.end - best.start && form.lookarounds > bestLook;
      if ((longer || sameButContext) && accept(form, at, at + length)) {
        best = { form: idx, start: at, end: at + length };
        bestLook = form.lookarounds;
      }
    }
    return best;
  }

  private tail(bucket: Bucket, from: number): RegExp {
    if (from === 0) return bucket.regex;
    let re = bucket.tails[from];
    if (!re) {
      re = new RegExp(
        bucket.indices
          .slice(from)
          .map((idx) => `(${(this.lexicon.forms[idx] as CompiledForm).body})`)
          .join('|'),
        'uy',
      );
      bucket.tails[from] = re;
    }
    return re;
  }

  private bucket(cache: Map<string, Bucket | null>, key: string, innerOnly: boolean): Bucket | null {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const indices = this.candidates(key).filter((idx) => !innerOnly || (this.lexicon.forms[idx] as CompiledForm).openLeft);
    const bucket =
      indices.length === 0
        ? null
        : { regex: new RegExp(indices.map((idx) => `(${(this.lexicon.forms[idx] as CompiledForm).body})`).join('|'), 'uy'), indices, tails: [] };
    cache.set(key, bucket);
    return bucket;
  }

  /** Forms that may match text starting with `key`, in lexicon order. */
  private candidates(key: string): number[] {
    const lists: (number[] | undefined)[] = [this.byPrefix.get(''), this.byPrefix.get(key)];
    for (let n = 1; n < key.length; n++) lists.push(this.byPrefix.get(key.slice(0, n)));
    if (key.length < PREFIX_LENGTH) {
      for (const [p, list] of this.byPrefix) if (p.length > key.length && p.startsWith(key)) lists.push(list);
    }
    const set = new Set<number>();
    for (const list of lists) for (const idx of list ?? []) set.add(idx);
    return [...set].sort((a, b) => a - b);
  }
}
