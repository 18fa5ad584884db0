import { describe, expect, it } from 'vitest';
import { runSliced } from '../../../src/page/scheduler.ts';

describe('time-sliced scheduler', () => {
  it('yields to the page whenever the budget is spent, and processes every item in order', async () => {
    let clock = 0;
    const seen: number[] = [];
    let yields = 0;
    const done = await runSliced([1, 2, 3, 4, 5], (n) => {
      seen.push(n);
      clock += 3; // each item costs 3 ms
    }, { budgetMs: 8, now: () => clock, yieldToPage: async () => { yields += 1; } });
    expect(done).toBe(5);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(yields).toBe(1); // 3 items fill the first 8 ms slice
  });

  it('stops between items once aborted and resolves with the count done', async () => {
    const controller = new AbortController();
    let clock = 0;
    const done = await runSliced([1, 2, 3, 4], (n) => {
      clock += 10;
      if (n === 2) controller.abort();
    }, { budgetMs: 5, signal: controller.signal, now: () => clock, yieldToPage: async () => {} });
    expect(done).toBe(2);
  });
});
