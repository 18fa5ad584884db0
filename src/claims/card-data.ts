import type { BundleClaim, ClaimBundle } from './schema.ts';
import { GRADES } from './values.ts';

/**
 * What a hover card shows, looked up in the bundle (by the background, on the content script's
 * request): one claim, or the claims about a bare term's concept; and the sources they cite.
 */

/** A term card lists this many claims, strongest first; the explorer has the rest. */
export const TERM_CARD_CLAIMS = 8;

export type CardQuery = { kind: 'claim'; claimId: string } | { kind: 'term'; concept: string };

/** Strongest first, then the best corroborated; ties keep the database's order. */
export function claimsAbout(bundle: ClaimBundle, concept: string): BundleClaim[] {
  return bundle.claims
    .filter((claim) => (claim.concepts as readonly string[]).includes(concept))
    // GRADES lists the strongest first.
    .sort((a, b) => GRADES.indexOf(a.strength.grade) - GRADES.indexOf(b.strength.grade) || b.strength.supporting - a.strength.supporting);
}

export function cardData(bundle: ClaimBundle, query: CardQuery): { claims: BundleClaim[]; sources: ClaimBundle['sources'] } {
  const claims =
    query.kind === 'claim'
      ? bundle.claims.filter((claim) => claim.id === query.claimId)
      : claimsAbout(bundle, query.concept).slice(0, TERM_CARD_CLAIMS);
  const cited = new Set(claims.flatMap((claim) => claim.evidence.map((e) => e.source)));
  return { claims, sources: bundle.sources.filter((source) => cited.has(source.id)) };
}
