import { describe, expect, it } from 'vitest';
import { buildClaimDatabase } from '../../../src/claims/build.ts';
import { coverageReport, sentenceSpans } from '../../../src/claims/coverage.ts';
import { CURATED_CLAIMS } from '../../../src/claims/curated/index.ts';
import { FIBRO_PAGE, MIGRENE_BLOG } from '../../../src/claims/sources.ts';
import { CORPUS } from './corpus.ts';

const sentences = (text: string, wrapped: boolean) => sentenceSpans(text, wrapped).map(([s, e]) => text.slice(s, e));

describe('sentenceSpans', () => {
  it('ends sentences at line breaks in ordinary text', () => {
    expect(sentences('Heading\nOne. Two!\n\nThree', false)).toEqual(['Heading', 'One.', 'Two!', 'Three']);
  });
  it('joins wrapped lines in hard-wrapped text, but not across a blank line or a link line', () => {
    const text = 'Magnesium is\nwell absorbed. Next one\n\nNew para\nhttp://example.org/a\nAfter link.';
    expect(sentences(text, true)).toEqual([
      'Magnesium is\nwell absorbed.',
      'Next one',
      'New para',
      'http://example.org/a',
      'After link.',
    ]);
  });
});

describe('coverageReport', () => {
  const db = buildClaimDatabase(CURATED_CLAIMS, CORPUS);
  const report = coverageReport(db, CORPUS);

  it('finds almost every magnesium-and-health sentence backing a claim', () => {
    expect(report.candidates).toBeGreaterThan(100);
    expect(report.covered + report.uncovered.length).toBe(report.candidates);
    expect(report.uncovered.length).toBeLessThanOrEqual(5);
  });

  it('never reports sentences from the reader comments of 000', () => {
    const commentsStart = db.sources.find((s) => s.id === MIGRENE_BLOG)!.commentsStart!;
    expect(report.uncovered.every((s) => s.source !== MIGRENE_BLOG || s.start < commentsStart)).toBe(true);
  });

  it('lists an uncovered sentence once its claim is gone', () => {
    const without = db.claims.filter((c) => c.id !== 'magnesium-for-eclampsia');
    const gaps = coverageReport({ ...db, claims: without }, CORPUS).uncovered.map((s) => s.text);
    expect(gaps.some((t) => t.includes('прееклампсията и еклампсията'))).toBe(true);
    expect(gaps.every((t) => !t.includes('\n'))).toBe(true);
    expect(report.uncovered.every((s) => s.source === FIBRO_PAGE || s.source === MIGRENE_BLOG)).toBe(true);
  });
});
