import { describe, expect, it } from 'vitest';
import { planBlock } from '../../../src/page/block-plan.ts';

const grades: Record<string, 'low' | 'very-low' | 'moderate'> = { a: 'low', b: 'very-low', c: 'moderate' };
const statement = { en: 'A claim.', nb: 'En påstand.', bg: 'Твърдение.' };
const gradeOf = (id: string) => (grades[id] ? { grade: grades[id], statement } : undefined);

describe('what one block highlights', () => {
  const matches = {
    claims: [
      { start: 0, end: 40, claimId: 'a', polarity: 'affirms' as const },
      { start: 50, end: 90, claimId: 'b', polarity: 'denies' as const },
    ],
    terms: [
      { start: 5, end: 14, concept: 'magnesium' as const },
      { start: 42, end: 48, concept: 'migraine' as const },
      { start: 60, end: 69, concept: 'magnesium' as const },
    ],
  };

  it('highlights claim sentences and leaves terms inside them to the claim', () => {
    const plan = planBlock(matches, { highlightTerms: true, minGrade: 'very-low' }, gradeOf);
    expect(plan.map((p) => [p.kind, p.start])).toEqual([
      ['claim', 0],
      ['term', 42],
      ['claim', 50],
    ]);
  });

  it('drops claims below the lowest grade, and their terms come back as bare terms', () => {
    const plan = planBlock(matches, { highlightTerms: true, minGrade: 'low' }, gradeOf);
    expect(plan.map((p) => [p.kind, p.start])).toEqual([
      ['claim', 0],
      ['term', 42],
      ['term', 60],
    ]);
  });

  it('leaves bare terms alone when the reader turned them off', () => {
    const plan = planBlock(matches, { highlightTerms: false, minGrade: 'very-low' }, gradeOf);
    expect(plan.every((p) => p.kind === 'claim')).toBe(true);
  });

  it('ignores a claim the bundle does not know', () => {
    const plan = planBlock({ claims: [{ start: 0, end: 5, claimId: 'zzz', polarity: 'affirms' }], terms: [] }, { highlightTerms: true, minGrade: 'very-low' }, gradeOf);
    expect(plan).toEqual([]);
  });
});
