/**
 * Sentence segmentation of one block of text, with offsets relative to the block.
 *
 * Intl.Segmenter (locale-aware) does the work; a regular expression stands in where it is
 * missing. Segmenter is quadratic on very long strings in V8 (1 MB: 16 s), so text is cut at hard
 * line breaks first, and any piece longer than MAX_PIECE at a sentence-like boundary.
 *
 * Line breaks: a block may hold breaks from <br>, from nested blocks, from hard-wrapped plain
 * text or from HTML source formatting. A break is soft (read as a space) when the line before
 * does not end a sentence and the next line starts with a lower-case letter or a digit, as in a
 * wrapped sentence; otherwise it ends a sentence (headings, list items, new paragraphs).
 */

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const MAX_PIECE = 4000;

/** Words after which a period does not end a sentence ("e.g.", "Dr.", "f.eks.", "т.нар."). */
const ABBREVIATIONS =
  /(?:^|[\s(])(?:e\.g|i\.e|vs|cf|dr|mr|mrs|ms|prof|approx|ca|fig|al|st|mt|inc|ltd|f\.eks|bl\.a|dvs|ev|evt|mht|pga|iflg|jf|t\.nar|т\.нар|напр|т\.е|т\.н|вкл|проф|д-р|гр|стр|св)\.$/iu;

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(lang: string | undefined): Intl.Segmenter | null {
  const key = lang ?? '';
  if (segmenters.has(key)) return segmenters.get(key) ?? null;
  let seg: Intl.Segmenter | null = null;
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    try {
      seg = new Intl.Segmenter(lang ? [lang, 'en'] : undefined, { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
  }
  segmenters.set(key, seg);
  return seg;
}

/** Sentences of `text`, trimmed, in order, never empty. */
export function splitSentences(text: string, lang?: string, options: { useSegmenter?: boolean } = {}): SentenceSpan[] {
  const seg = options.useSegmenter === false ? null : segmenter(lang);
  const out: SentenceSpan[] = [];
  for (const [from, to] of hardPieces(text)) {
    const piece = softenBreaks(text.slice(from, to));
    const raw = seg ? segmentWith(seg, piece) : segmentWithRegex(piece);
    for (const [s, e] of mergeAbbreviations(piece, splitGlued(piece, raw))) {
      const span = trim(text, from + s, from + e);
      if (span) out.push(span);
    }
  }
  return out;
}

/** Ranges between hard line breaks, each at most MAX_PIECE long. */
function hardPieces(text: string): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  const re = /\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (isHardBreak(text, m.index)) {
      pieces.push([start, m.index]);
      start = m.index + 1;
    }
  }
  pieces.push([start, text.length]);
  return pieces.flatMap(([s, e]) => capLength(text, s, e));
}

function isHardBreak(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /[ \t\r]/.test(text[before] as string)) before--;
  let after = at + 1;
  while (after < text.length && /[ \t\r]/.test(text[after] as string)) after++;
  if (before < 0 || after >= text.length) return true;
  const prev = text[before] as string;
  const next = text[after] as string;
  if (prev === '\n' || next === '\n') return true;
  if (/[.!?:;…]/.test(prev)) return true;
  return !/[\p{Ll}\p{N}]/u.test(next);
}

/** A very long piece is cut after sentence-final punctuation so Segmenter stays linear. */
function capLength(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  while (end - s > MAX_PIECE) {
    const window = text.slice(s, s + MAX_PIECE);
    const cut = window.search(/[.!?]\s[^.!?]*$/u);
    const at = cut > 0 ? s + cut + 2 : s + MAX_PIECE;
    out.push([s, at]);
    s = at;
  }
  out.push([s, end]);
  return out;
}

/** Soft line breaks become spaces, so Segmenter (which breaks at every newline) reads on. */
function softenBreaks(piece: string): string {
  return piece.replace(/[\n\r]/g, ' ');
}

function segmentWith(seg: Intl.Segmenter, piece: string): [number, number][] {
  const out: [number, number][] = [];
  for (const s of seg.segment(piece)) out.push([s.index, s.index + s.segment.length]);
  return out;
}

function segmentWithRegex(piece: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(piece)) !== null) {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  out.push([start, piece.length]);
  return out;
}

/** Splits "month.The study": a sentence glued to the next by a lost space. */
function splitGlued(piece: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  const glue = /(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})/gu;
  for (const [s, e] of spans) {
    let from = s;
    glue.lastIndex = 0;
    const part = piece.slice(s, e);
    let m: RegExpExecArray | null;
    while ((m = glue.exec(part)) !== null) {
      out.push([from, s + m.index + 1]);
      from = s + m.index + 1;
    }
    out.push([from, e]);
  }
  return out;
}

/** Rejoins a sentence that ended on an abbreviation with the one after it. */
function mergeAbbreviations(piece: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && ABBREVIATIONS.test(piece.slice(prev[0], prev[1]).trimEnd())) prev[1] = span[1];
    else out.push([...span]);
  }
  return out;
}

function trim(text: string, start: number, end: number): SentenceSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] as string)) s++;
  while (e > s && /\s/u.test(text[e - 1] as string)) e--;
  return e > s ? { start: s, end: e } : null;
}
