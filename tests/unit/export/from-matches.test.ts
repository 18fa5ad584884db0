import { describe, expect, it } from 'vitest';
import { fromClaimMatches, quoteContext } from '../../../src/export/from-matches.ts';
import type { ClaimSource } from '../../../src/export/from-page.ts';
import type { ClaimMatch } from '../../../src/matching/schema.ts';

const db: ClaimSource = {
  sources: [],
  claims: [
    {
      id: 'mg-helps',
      statement: { en: 'Magnesium helps.', nb: 'Magnesium hjelper.', bg: 'Магнезият помага.' },
      strength: { grade: 'low', contested: false, reasons: { en: 'One.', nb: 'Én.', bg: 'Един.' } },
      evidence: [],
    },
  ],
};

describe('quoteContext', () => {
  it('takes 32 characters either side, fewer at the edges of the text', () => {
    const text = `${'a'.repeat(40)}SENTENCE${'b'.repeat(40)}`;
    expect(quoteContext(text, 40, 48)).toEqual({ prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(quoteContext('Xx SENTENCE y', 3, 11)).toEqual({ prefix: 'Xx ', suffix: ' y' });
  });
  it('never cuts a surrogate pair in half', () => {
    const text = `😀${'a'.repeat(31)}S${'b'.repeat(31)}😀`;
    const { prefix, suffix } = quoteContext(text, 33, 34);
    expect(prefix).toBe('a'.repeat(31));
    expect(suffix).toBe('b'.repeat(31));
  });
});

describe('fromClaimMatches', () => {
  it('turns the matcher’s matches over a text into an ExportDocument', () => {
    const text = 'Intro. Magnesium helps with migraine. Outro.';
    const match: ClaimMatch = {
      sentence: 'Magnesium helps with migraine.',
      start: 7,
      end: 37,
      claimId: 'mg-helps',
      polarity: 'affirms',
      score: 2.5,
      concepts: ['magnesium', 'migraine'],
    };
    const doc = fromClaimMatches({ url: 'file:///tmp/a.html', title: 'A', text, matches: [match] }, db, {
      locale: 'bg',
      exportedAt: '2025-03-14T09:00:00.000Z',
    });
    expect(doc.items).toEqual([
      {
        sentence: 'Magnesium helps with migraine.',
        start: 7,
        end: 37,
        prefix: 'Intro. ',
        suffix: ' Outro.',
        claimId: 'mg-helps',
        polarity: 'affirms',
        statement: db.claims[0]!.statement,
        grade: 'low',
        contested: false,
        reasons: 'Един.',
        sources: [],
      },
    ]);
  });
});
