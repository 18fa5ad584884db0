import type { Claim } from '../../claims/schema.ts';
import type { QuotedPassage } from './segments.ts';

type ClaimEvidence = Pick<Claim, 'id'> & { readonly evidence: readonly Pick<Claim['evidence'][number], 'source' | 'start' | 'end'>[] };

/** Every passage of one source that the database quotes, in reading order. */
export function quotedPassages(claims: readonly ClaimEvidence[], sourceId: string): QuotedPassage[] {
  return claims
    .flatMap((claim) =>
      claim.evidence
        .filter((e) => e.source === sourceId)
        .map((e) => ({ start: e.start, end: e.end, claimId: claim.id })),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end || a.claimId.localeCompare(b.claimId));
}
