import type { ClaimMatch } from '../matching/schema.ts';
import { EXPORT_CONTEXT_CHARS, toExportDocument, type ClaimSource, type ExportOptions } from './from-page.ts';
import type { ExportDocument } from './schema.ts';

/**
 * From the matcher's output over a whole text (what `scan` has) to an ExportDocument: the
 * TextQuote context is cut from the text around each sentence, the rest comes from the database.
 */
export interface MatchedText {
  readonly url: string;
  readonly title: string;
  /** The text the matcher's offsets refer to. */
  readonly text: string;
  readonly matches: readonly Pick<ClaimMatch, 'sentence' | 'start' | 'end' | 'claimId' | 'polarity'>[];
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Up to `n` characters before and after [start, end), widened or narrowed never to split a pair. */
export function quoteContext(text: string, start: number, end: number, n = EXPORT_CONTEXT_CHARS): { prefix: string; suffix: string } {
  let from = Math.max(0, start - n);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + n);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

export function fromClaimMatches(input: MatchedText, db: ClaimSource, options: ExportOptions): ExportDocument {
  const matches = input.matches.map((m) => ({
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    claimId: m.claimId,
    polarity: m.polarity,
    ...quoteContext(input.text, m.start, m.end),
  }));
  return toExportDocument({ url: input.url, title: input.title, matches }, db, options);
}
