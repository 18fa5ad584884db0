import { describe, expect, it } from 'vitest';
import { quotedPassages } from '../../../../src/ui/source/passages.ts';
import { segmentText } from '../../../../src/ui/source/segments.ts';
import { database } from './fixtures.ts';

describe('segmentText', () => {
  it('is one plain run without passages', () => {
    expect(segmentText(10, [])).toEqual([{ start: 0, end: 10, claimIds: [], requested: false }]);
  });

  it('cuts overlapping quotes so each run names every claim quoting it', () => {
    const runs = segmentText(20, [
      { start: 2, end: 8, claimId: 'b' },
      { start: 5, end: 12, claimId: 'a' },
    ]);
    expect(runs).toEqual([
      { start: 0, end: 2, claimIds: [], requested: false },
      { start: 2, end: 5, claimIds: ['b'], requested: false },
      { start: 5, end: 8, claimIds: ['a', 'b'], requested: false },
      { start: 8, end: 12, claimIds: ['a'], requested: false },
      { start: 12, end: 20, claimIds: [], requested: false },
    ]);
  });

  it('marks the requested passage, even across quote boundaries, and covers the text exactly once', () => {
    const runs = segmentText(20, [{ start: 2, end: 8, claimId: 'a' }], { start: 6, end: 15 });
    expect(runs.filter((r) => r.requested).map((r) => [r.start, r.end])).toEqual([
      [6, 8],
      [8, 15],
    ]);
    expect(runs.map((r) => r.end - r.start).reduce((a, b) => a + b)).toBe(20);
    runs.forEach((r, i) => i > 0 && expect(r.start).toBe(runs[i - 1]!.end));
  });

  it('merges neighbours that look the same and clamps passages outside the text', () => {
    expect(
      segmentText(10, [
        { start: 0, end: 4, claimId: 'a' },
        { start: 4, end: 6, claimId: 'a' },
        { start: 8, end: 99, claimId: 'b' },
      ]),
    ).toEqual([
      { start: 0, end: 6, claimIds: ['a'], requested: false },
      { start: 6, end: 8, claimIds: [], requested: false },
      { start: 8, end: 10, claimIds: ['b'], requested: false },
    ]);
  });

  it('collects one source’s quoted passages from the database in reading order', () => {
    const passages = quotedPassages(database.claims, '000_465aad8e3f0e76aa.txt');
    expect(passages.map((p) => p.claimId)).toEqual(['blocks-nmda', 'nmda-receptors']);
    expect(quotedPassages(database.claims, '001_d2989948f6cce1c0.txt')).toEqual([]);
  });
});
