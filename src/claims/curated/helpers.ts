import type { CuratedEvidence, EvidenceKind, SourceId } from '../schema.ts';

/**
 * Shorthands for evidence items, so each claim reads as source, kind, quote.
 *
 * Curation conventions (what `kind` means here):
 * - trial: the passage reports a specific intervention study (placebo-controlled, randomised...).
 * - review: a review article, or a body of studies ("studies show", "research supports").
 * - observational: measurements or associations found in patients or populations, including a
 *   risk factor or a difference in levels stated as found.
 * - mechanism: how it would work in the body, including animal and laboratory findings.
 * - expert-opinion: a named expert's or the review authors' judgement or recommendation.
 * - anecdote: personal experience, "many people report", a clinician's "I've seen great results".
 * - assertion: a plain unreferenced statement, including a treatment effect called "proven" with
 *   no study to show it.
 * `hedged` is true when the quoted wording itself hedges (may, might, could, probably, suggests,
 * is thought, appears; kan, kanskje, sannsynligvis, antar, mener; може, би могло, смята се...).
 */
export const HEDGED = true;

export function support(source: SourceId, kind: EvidenceKind, quote: string, hedged = false): CuratedEvidence {
  return { source, quote, stance: 'supports', kind, hedged };
}

export function contrast(source: SourceId, kind: EvidenceKind, quote: string, hedged = false): CuratedEvidence {
  return { source, quote, stance: 'contrasts', kind, hedged };
}
