import type { Grade } from '../claims/schema.ts';
import type { ConceptId } from '../lexicon/concept-ids.ts';

/**
 * Decides what to highlight in one block, as a pure function of the block's matches and the
 * reader's settings: claim sentences at or above the lowest grade, and bare terms outside them.
 */

export type Polarity = 'affirms' | 'denies';

export interface TermFound {
  start: number;
  end: number;
  concept: ConceptId;
}

export interface ClaimFound {
  start: number;
  end: number;
  claimId: string;
  polarity: Polarity;
}

export interface BlockMatches {
  terms: readonly TermFound[];
  claims: readonly ClaimFound[];
}

export interface PlanSettings {
  highlightTerms: boolean;
  minGrade: Grade;
}

export type PlannedHighlight =
  | { kind: 'claim'; start: number; end: number; claimId: string; polarity: Polarity; grade: Grade }
  | { kind: 'term'; start: number; end: number; concept: ConceptId };

const GRADE_RANK: Record<Grade, number> = { 'very-low': 0, low: 1, moderate: 2, high: 3 };

export function gradeAtLeast(grade: Grade, min: Grade): boolean {
  return GRADE_RANK[grade] >= GRADE_RANK[min];
}

/** Highlights in text order, never overlapping; a term inside a highlighted claim sentence is left to the claim. */
export function planBlock(
  matches: BlockMatches,
  settings: PlanSettings,
  gradeOf: (claimId: string) => Grade | undefined,
): PlannedHighlight[] {
  const planned: PlannedHighlight[] = [];
  for (const claim of matches.claims) {
    const grade = gradeOf(claim.claimId);
    if (grade === undefined || !gradeAtLeast(grade, settings.minGrade)) continue;
    if (claim.end <= claim.start) continue;
    planned.push({ kind: 'claim', start: claim.start, end: claim.end, claimId: claim.claimId, polarity: claim.polarity, grade });
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
