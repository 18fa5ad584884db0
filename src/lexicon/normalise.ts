import { fixLookalikes } from './lookalikes.ts';

/**
 * Text as the lexicon sees it: NFKC, lower case, invisible characters dropped, hyphen and
 * apostrophe variants unified, look-alike letters mapped to the script of their word. Each
 * character of `text` remembers which range of the original it came from, so a match on the
 * normalised text can be reported (and highlighted) at its original position.
 */
export interface NormalisedText {
  readonly text: string;
  /** Original offset where the source of normalised character i starts. */
  readonly starts: Uint32Array;
  /** Original offset where the source of normalised character i ends (exclusive). */
  readonly ends: Uint32Array;
  readonly originalLength: number;
}

/** Soft hyphen, zero-width spaces and joiners, bidi controls, variation selectors, BOM. */
const IGNORABLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
const COMBINING = /\p{M}/u;

/** Characters NFKC leaves alone but which should compare equal for matching. */
const UNIFY: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u00AD': '',
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u00B4': "'", '\u0060': "'", '\u2032': "'",
};

/** Per-code-point NFKC results; pages repeat the same few non-ASCII letters endlessly. */
const nfkcCache = new Map<string, string>();

function nfkc(cluster: string): string {
  const cached = nfkcCache.get(cluster);
  if (cached !== undefined) return cached;
  let out = cluster.normalize('NFKC');
  if (out.length === 1 && out in UNIFY) out = UNIFY[out] ?? out;
  if (nfkcCache.size < 4096) nfkcCache.set(cluster, out);
  return out;
}

/** O(n) in the length of the input; allocation is two typed arrays and the output string. */
export function normalise(input: string): NormalisedText {
  const n = input.length;
  // Phase 1: NFKC per cluster (base + combining marks, so "e\u0301" composes), drop ignorables.
  const parts: string[] = [];
  let starts: Uint32Array = new Uint32Array(n + 8);
  let ends: Uint32Array = new Uint32Array(n + 8);
  let len = 0;
  const push = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) {
      if (len >= starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[len] = from;
      ends[len] = to;
      len++;
    }
    parts.push(s);
  };
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    const nextIsMark = i + 1 < n && input.charCodeAt(i + 1) >= 0x300 && COMBINING.test(input[i + 1] as string);
    if (code < 0x80 && !nextIsMark) {
      // ASCII is already NFKC (unless a combining mark follows); only the backtick needs unifying.
      push(code === 0x60 ? "'" : input[i] as string, i, i + 1);
      i++;
      continue;
    }
    const cp = input.codePointAt(i) as number;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n && COMBINING.test(input[j] as string)) j++;
    const cluster = input.slice(i, j);
    if (IGNORABLE.test(cluster) && cluster.length === 1) {
      i = j;
      continue;
    }
    push(nfkc(cluster).replace(IGNORABLE, ''), i, j);
    i = j;
  }
  const folded = fixLookalikes(parts.join(''));
  // Phase 2: lower case. Equal length is the common case and keeps positions one to one.
  const lower = folded.toLowerCase();
  if (lower.length === folded.length) {
    return { text: lower, starts: starts.subarray(0, len), ends: ends.subarray(0, len), originalLength: n };
  }
  return lowerExpanding(folded, starts.subarray(0, len), ends.subarray(0, len), n);
}

/** Rare path: a letter whose lower case is longer ("İ" -> "i̇"); map each output unit to its source. */
function lowerExpanding(folded: string, s: Uint32Array, e: Uint32Array, n: number): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < folded.length) {
    const cp = folded.codePointAt(i) as number;
    const w = cp > 0xffff ? 2 : 1;
    const low = folded.slice(i, i + w).toLowerCase();
    for (let k = 0; k < low.length; k++) {
      starts.push(s[i] as number);
      ends.push(e[i + w - 1] as number);
    }
    text += low;
    i += w;
  }
  return { text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), originalLength: n };
}

function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Maps a [start, end) range of the normalised text back to the original text. */
export function toOriginalRange(norm: NormalisedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < norm.starts.length ? (norm.starts[start] as number) : norm.originalLength;
    return [at, at];
  }
  return [norm.starts[start] as number, norm.ends[end - 1] as number];
}

/** Convenience for callers that only need the comparable form of a short string. */
export function normaliseString(s: string): string {
  return normalise(s).text;
}
