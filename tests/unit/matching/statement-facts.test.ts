import { describe, expect, it } from 'vitest';
import { loadClaimBundle, loadClaimDatabase } from '../../../src/claims/database.ts';
import { createMatcher } from '../../../src/matching/matcher.ts';
import { statementFacts } from '../../../src/matching/statement-facts.ts';

// The bundle carries what each claim's statements say, read at build time, so that the
// background's first match does not read 345 statements. The matcher must rank and orient
// matches exactly as it would reading the statements itself.
const bundle = loadClaimBundle();
const claim = (id: string) => {
  const found = bundle.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};

describe('what a claim statement says', () => {
  it('reads a denying statement as negated and an affirming one as not', () => {
    const denied = bundle.claims.filter((c) => statementFacts(c).negated).map((c) => c.id);
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.length).toBeLessThan(bundle.claims.length / 2);
    expect(statementFacts(claim('magnesium-blocks-nmda-receptors')).negated).toBe(false);
    expect(statementFacts(claim('magnesium-is-not-a-cure')).negated).toBe(true);
  });

  it('includes the concepts the statements name beyond the signature, not what a term only reads as', () => {
    const facts = statementFacts({
      id: 'x',
      concepts: ['magnesium', 'diarrhoea'],
      statement: { en: 'Too much magnesium causes diarrhoea, for example with migraine.', nb: 'For mye magnesium gir diaré.', bg: 'Твърде много магнезий причинява диария.' },
    });
    expect(facts.concepts).toEqual(expect.arrayContaining(['magnesium', 'diarrhoea', 'migraine']));
    expect(facts.concepts).not.toContain('gi-upset');
  });

  it('is stored in the bundle for every claim exactly as the matcher would compute it', () => {
    for (const c of bundle.claims) {
      expect(c.said, c.id).toEqual(statementFacts({ id: c.id, concepts: c.concepts, statement: c.statement }));
    }
  });

  it('gives the same matches with the stored facts as with facts read on the spot', () => {
    const stored = createMatcher(bundle);
    const computed = createMatcher({ claims: bundle.claims.map(({ said: _said, ...rest }) => rest) });
    const texts = loadClaimDatabase().claims.flatMap((c) => c.evidence.map((e) => e.quote)).slice(0, 200);
    for (const text of texts) expect(stored.matchBlock(text), text).toEqual(computed.matchBlock(text));
  });
});
