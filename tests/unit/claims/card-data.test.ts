import { describe, expect, it } from 'vitest';
import { TERM_CARD_CLAIMS, cardData } from '../../../src/claims/card-data.ts';
import { loadClaimBundle } from '../../../src/claims/database.ts';
import type { BundleClaim, Grade } from '../../../src/claims/schema.ts';
import { GRADES } from '../../../src/claims/values.ts';
import { CardDataSchema } from '../../../src/settings/match-schemas.ts';

const bundle = loadClaimBundle();
/** 0 for the strongest grade. */
const rank = (grade: Grade) => GRADES.indexOf(grade);
const citedBy = (claims: readonly BundleClaim[]) => new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)));
const about = (concept: string) => bundle.claims.filter((c) => (c.concepts as readonly string[]).includes(concept));
const conceptsInBundle = [...new Set(bundle.claims.flatMap((c) => c.concepts as readonly string[]))];

describe('cardData', () => {
  it('answers a claim subject with exactly that claim and only the sources its evidence cites', () => {
    // Claims citing one source of the five: the other four must not come along.
    expect(bundle.claims.filter((c) => citedBy([c]).size === 1).length).toBeGreaterThan(0);
    for (const claim of bundle.claims) {
      const { claims, sources } = cardData(bundle, { kind: 'claim', claimId: claim.id });
      expect(claims).toEqual([claim]);
      expect(new Set(sources.map((s) => s.id)), claim.id).toEqual(citedBy([claim]));
      for (const source of sources) expect(source).toEqual(bundle.sources.find((s) => s.id === source.id));
    }
  });

  it('answers a term subject with at most TERM_CARD_CLAIMS claims about the concept, strongest first', () => {
    const all = about('magnesium');
    expect(all.length).toBeGreaterThan(TERM_CARD_CLAIMS);
    const { claims, sources } = cardData(bundle, { kind: 'term', concept: 'magnesium' });
    expect(claims).toHaveLength(TERM_CARD_CLAIMS);
    for (const claim of claims) expect(claim.concepts, claim.id).toContain('magnesium');
    const grades = claims.map((c) => rank(c.strength.grade));
    expect(grades).toEqual([...grades].sort((a, b) => a - b));
    // The strongest are the ones shown: nothing left out is stronger than the weakest shown.
    const weakestShown = Math.max(...grades);
    const shown = new Set(claims.map((c) => c.id));
    for (const other of all.filter((c) => !shown.has(c.id))) expect(rank(other.strength.grade), other.id).toBeGreaterThanOrEqual(weakestShown);
    expect(rank(claims[0]!.strength.grade)).toBe(Math.min(...all.map((c) => rank(c.strength.grade))));
    expect(new Set(sources.map((s) => s.id))).toEqual(citedBy(claims));
  });

  it('lists every claim about a concept with fewer claims than a card holds, strongest first', () => {
    const concept = conceptsInBundle.find((c) => {
      const n = about(c).length;
      return n > 1 && n < TERM_CARD_CLAIMS && new Set(about(c).map((x) => x.strength.grade)).size > 1;
    })!;
    expect(concept).toBeDefined();
    const { claims } = cardData(bundle, { kind: 'term', concept });
    expect(new Set(claims.map((c) => c.id))).toEqual(new Set(about(concept).map((c) => c.id)));
    const grades = claims.map((c) => rank(c.strength.grade));
    expect(grades).toEqual([...grades].sort((a, b) => a - b));
  });

  it('answers an unknown claim or concept with no claims and no sources', () => {
    expect(cardData(bundle, { kind: 'claim', claimId: 'magnesium-cures-everything' })).toEqual({ claims: [], sources: [] });
    expect(cardData(bundle, { kind: 'term', concept: 'unicorn-dust' })).toEqual({ claims: [], sources: [] });
  });

  // The background sends this and the content script validates it: a mismatch would break the card.
  it('passes CardDataSchema for every claim and every concept of the real bundle', () => {
    for (const claim of bundle.claims) {
      const parsed = CardDataSchema.safeParse(cardData(bundle, { kind: 'claim', claimId: claim.id }));
      expect(parsed.error?.issues, claim.id).toBeUndefined();
      expect(parsed.data?.claims[0]?.evidence).toHaveLength(claim.evidence.length);
    }
    for (const concept of conceptsInBundle) {
      const parsed = CardDataSchema.safeParse(cardData(bundle, { kind: 'term', concept }));
      expect(parsed.error?.issues, concept).toBeUndefined();
    }
  });
});
