import { describe, expect, it } from 'vitest';
import { CURATED_CLAIMS } from '../../../src/claims/curated/index.ts';
import { CONCEPT_IDS } from '../../../src/lexicon/concept-ids.ts';

/**
 * Words that hedge whatever they touch. Quotes containing one must be flagged `hedged`; "can",
 * "kan" and "може" are left to the curator, since they often state a plain capability.
 */
const HEDGES = [
  /\b(?:may|might|could|probably|possibly|perhaps|supposedly|suggests?|suggested|believed?|thought|appears?|seems?|potential|postulate|proposed)\b/iu,
  /(?<![\p{L}])(?:kanskje|sannsynligvis|sannsynlig|trolig|antar|mener|potensielt|muligens|lurer)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:може би|би могло|вероятно|смята се|предполага|възможен|теоретично|обсъжда)(?![\p{L}])/iu,
];

const evidence = CURATED_CLAIMS.flatMap((claim) => claim.evidence.map((e) => ({ claim: claim.id, ...e })));

describe('curated claims', () => {
  it('flag every quote with an unmistakable hedge word as hedged', () => {
    const missed = evidence.filter((e) => !e.hedged && HEDGES.some((h) => h.test(e.quote)));
    expect(missed.map((e) => `${e.claim}: ${e.quote}`)).toEqual([]);
  });

  it('have two to four concepts, all known to the lexicon', () => {
    for (const claim of CURATED_CLAIMS) {
      expect(claim.concepts.length, claim.id).toBeGreaterThanOrEqual(2);
      expect(claim.concepts.length, claim.id).toBeLessThanOrEqual(4);
      for (const c of claim.concepts) expect(CONCEPT_IDS, claim.id).toContain(c);
    }
  });

  it('state every claim in three different languages', () => {
    for (const { id, statement } of CURATED_CLAIMS) {
      expect(new Set([statement.en, statement.nb, statement.bg]).size, id).toBe(3);
      expect(statement.bg, id).toMatch(/\p{Script=Cyrillic}/u);
      expect(statement.en, id).not.toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('use short, precise quotes', () => {
    for (const e of evidence) {
      expect(e.quote.trim().length, e.claim).toBeGreaterThanOrEqual(12);
      expect(e.quote.length, e.claim).toBeLessThanOrEqual(300);
    }
  });

  it('cover every document, and several claims in every language', () => {
    const bySource = new Map<string, number>();
    for (const e of evidence) bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
    expect(bySource.size).toBe(5);
    for (const n of bySource.values()) expect(n).toBeGreaterThanOrEqual(15);
  });
});
