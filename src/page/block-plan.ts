import type { Grade } from '../claims/schema.ts';
import type { BlockMatches, ClaimSummary } from '../settings/match-schemas.ts';
import { meetsMinGrade } from '../settings/grade-filter.ts';
import type { Polarity } from '../settings/page-state.ts';

/**
 * Decides what to highlight in one block, as a pure function of the block's matches and the
 * reader's settings: claim sentences at or above the lowest grade, and bare terms outside them.
 */

export type { BlockMatches, ClaimSummary, Polarity };

export interface PlanSettings {
  highlightTerms: boolean;
  minGrade: Grade;
}

export type PlannedHighlight =
  | { kind: 'claim'; start: number; end: number; claimId: string; polarity: Polarity; summary: ClaimSummary }
  | { kind: 'term'; start: number; end: number; concept: string };

/** Highlights in text order, never overlapping; a term inside a highlighted claim sentence is left to the claim. */
export function planBlock(
  matches: BlockMatches,
  settings: PlanSettings,
  summaryOf: (claimId: string) => ClaimSummary | undefined,
): PlannedHighlight[] {
  const planned: PlannedHighlight[] = [];
  for (const claim of matches.claims) {
    const summary = summaryOf(claim.claimId);
    if (summary === undefined || !meetsMinGrade(summary.grade, settings.minGrade)) continue;
    if (claim.end <= claim.start) continue;
    planned.push({ kind: 'claim', start: claim.start, end: claim.end, claimId: claim.claimId, polarity: claim.polarity, summary });
  }
  planned.sort((a, b) => a.start - b.start);
  const claims = dropOverlaps(planned);
  if (!settings.highlightTerms) return claims;
  const terms = matches.terms
    .filter((t) => t.end > t.start && !claims.some((c) => t.start < c.end && t.end > c.start))
    .map((t): PlannedHighlight => ({ kind: 'term', start: t.start, end: t.end, concept: t.concept }));
  return dropOverlaps([...claims, ...terms].sort((a, b) => a.start - b.start || b.end - a.end));
}

function dropOverlaps(sorted: PlannedHighlight[]): PlannedHighlight[] {
  const kept: PlannedHighlight[] = [];
  let reach = -1;
  for (const item of sorted) {
    if (item.start < reach) continue;
    kept.push(item);
    reach = item.end;
  }
  return kept;
}
