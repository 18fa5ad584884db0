import type { Passage } from './request.ts';

/**
 * Cuts a source text into runs that each render as one text node or one <mark>. Quoted passages
 * may overlap (two claims quoting the same sentence, one quote inside another), so the text is cut
 * at every passage boundary and each run carries the set of claims that quote all of it.
 */
export interface QuotedPassage extends Passage {
  readonly claimId: string;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Claims quoting this run, sorted and without repeats; empty for plain text. */
  readonly claimIds: readonly string[];
  /** Inside the passage the reader asked for. */
  readonly requested: boolean;
}

function clamp(n: number, length: number): number {
  return Math.min(Math.max(n, 0), length);
}

export function segmentText(length: number, quoted: readonly QuotedPassage[], requested?: Passage): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const p of quoted) cuts.add(clamp(p.start, length)).add(clamp(p.end, length));
  if (requested) cuts.add(clamp(requested.start, length)).add(clamp(requested.end, length));
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const claimIds = [...new Set(quoted.filter((p) => p.start <= start && p.end >= end).map((p) => p.claimId))].sort();
    const inRequest = requested !== undefined && requested.start <= start && requested.end >= end;
    const last = segments.at(-1);
    // Neighbours that look the same merge, so the DOM has one node where the reader sees one run.
    if (last && last.requested === inRequest && last.claimIds.join('\u0000') === claimIds.join('\u0000')) {
      segments[segments.length - 1] = { ...last, end };
    } else {
      segments.push({ start, end, claimIds, requested: inRequest });
    }
  }
  return segments;
}
