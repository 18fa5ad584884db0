import { describe, expect, it } from 'vitest';
import { CuratedClaimSchema } from '../../../src/claims/schema.ts';

const valid = {
  id: 'magnesium-blocks-nmda',
  statement: { en: 'Magnesium blocks NMDA receptors.', nb: 'Magnesium blokkerer NMDA-reseptorer.', bg: 'Магнезият блокира NMDA рецепторите.' },
  concepts: ['magnesium', 'nmda-receptor', 'blocks'],
  topic: 'mechanism',
  evidence: [
    { source: '001_d2989948f6cce1c0.txt', quote: 'By blocking N-methyl-D-aspartate (NMDA) receptors', stance: 'supports', kind: 'assertion', hedged: false },
  ],
};

describe('curated claim schema', () => {
  it('accepts a well-formed claim', () => {
    expect(CuratedClaimSchema.safeParse(valid).success).toBe(true);
  });
  it('rejects a concept the lexicon does not define', () => {
    const r = CuratedClaimSchema.safeParse({ ...valid, concepts: ['magnesium', 'unicorns'] });
    expect(r.success).toBe(false);
  });
  it('rejects evidence from a source outside the corpus', () => {
    const bad = { ...valid, evidence: [{ ...valid.evidence[0], source: 'evil.txt' }] };
    expect(CuratedClaimSchema.safeParse(bad).success).toBe(false);
  });
});
