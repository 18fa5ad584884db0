/**
 * Quote anchoring: find a curated quote in its source and describe the spot as a TextPosition
 * (start, end in the ORIGINAL text) plus a TextQuote (prefix, exact, suffix), as hypothesis does.
 *
 * Pass 1 is an exact search. Pass 2 compares with every run of whitespace (line breaks, tabs,
 * no-break spaces) folded to one space, because hard-wrapped sources (002) break sentences across
 * lines and the curator should not have to copy the line breaks. Nothing else is normalised:
 * typographic quotes, apostrophes and dashes must be copied as the source has them, so that a quote
 * stays verbatim; when they differ, the "nearest" text in the failure shows the source's spelling.
 */

/** Characters of context kept either side of a quote (hypothesis uses 32 as well). */
export const CONTEXT_CHARS = 32;

export interface TextAnchor {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export type AnchorResult =
  | ({ found: true; pass: 'exact' | 'whitespace-folded'; occurrences: number } & TextAnchor)
  | { found: false; nearest: string; matchedChars: number };

interface Folded {
  text: string;
  /** For each character of `text`, its offset in the original. */
  offsets: number[];
}

function fold(original: string): Folded {
  let text = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/\s/u.test(ch)) {
      if (!inSpace) {
        text += ' ';
        offsets.push(i);
      }
      inSpace = true;
    } else {
      text += ch;
      offsets.push(i);
      inSpace = false;
    }
  }
  return { text, offsets };
}

function foldQuote(quote: string): string {
  return quote.replace(/\s+/gu, ' ').trim();
}

function anchorAt(text: string, start: number, end: number, context: number): TextAnchor {
  return {
    start,
    end,
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

/** Finds `quote` in `text`; on failure, returns the source text nearest to it for the error. */
export function anchorQuote(text: string, quote: string, context = CONTEXT_CHARS): AnchorResult {
  const folded = fold(text);
  const needle = foldQuote(quote);
  // Counted on folded text so that a wrapped repeat counts too; the first occurrence is anchored.
  const occurrences = countOf(folded.text, needle);
  const exact = text.indexOf(quote);
  if (quote.length > 0 && exact >= 0) {
    return { found: true, pass: 'exact', occurrences, ...anchorAt(text, exact, exact + quote.length, context) };
  }
  const at = needle.length > 0 ? folded.text.indexOf(needle) : -1;
  if (at >= 0) {
    const start = folded.offsets[at]!;
    // The needle is trimmed, so its last character is not a folded space: +1 ends right after it.
    const end = folded.offsets[at + needle.length - 1]! + 1;
    return { found: true, pass: 'whitespace-folded', occurrences, ...anchorAt(text, start, end, context) };
  }
  return { found: false, ...nearestText(folded, needle) };
}

function countOf(hay: string, needle: string): number {
  if (needle.length === 0) return 0;
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) n++;
  return n;
}

/** Length of the longest k such that `has(k)` holds, given `has` is monotone (true up to some k). */
function longest(max: number, has: (k: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (has(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The best partial match: the longest beginning or end of the quote that the source contains,
 * widened to the quote's length so the reader sees where the two diverge.
 */
function nearestText(folded: Folded, needle: string): { nearest: string; matchedChars: number } {
  const hay = folded.text;
  const head = longest(needle.length, (k) => hay.includes(needle.slice(0, k)));
  const tail = longest(needle.length, (k) => hay.includes(needle.slice(needle.length - k)));
  if (Math.max(head, tail) === 0) return { nearest: '', matchedChars: 0 };
  let from: number;
  if (head >= tail) {
    from = hay.indexOf(needle.slice(0, head));
  } else {
    from = hay.indexOf(needle.slice(needle.length - tail)) + tail - needle.length;
  }
  // Widen to whole words: a quote that differs in length is aligned by one end only.
  let to = Math.min(hay.length, Math.max(0, from) + needle.length);
  from = Math.max(0, from);
  while (from > 0 && hay[from - 1] !== ' ') from--;
  while (to < hay.length && hay[to] !== ' ') to++;
  return { nearest: hay.slice(from, to).trim(), matchedChars: Math.max(head, tail) };
}
