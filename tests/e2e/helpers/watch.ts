import type { BrowserContext, Page } from 'playwright-core';

/**
 * Instruments a page from inside it (main world, before the page's own scripts): a heartbeat that
 * measures how long the page's event loop is ever blocked, the long tasks the browser reports,
 * and every DOM mutation (the page's and the extension's, which run on the same thread).
 */
const INIT = `(() => {
  if (window !== window.top) return;
  const w = { last: performance.now(), maxGap: 0, maxGapAt: 0, gaps: [], longTasks: [], mutations: 0, lastMutation: 0, firstMutation: 0, loadedAt: 0 };
  Object.defineProperty(window, '__mgWatch', { value: w });
  const tick = () => {
    const now = performance.now();
    const gap = now - w.last;
    if (w.loadedAt > 0 && gap > w.maxGap) { w.maxGap = gap; w.maxGapAt = now; }
    if (gap > 50) w.gaps.push([Math.round(now - gap), Math.round(gap)]);
    w.last = now;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const observe = () => new MutationObserver((records) => {
    const now = performance.now();
    if (w.firstMutation === 0) w.firstMutation = now;
    w.mutations += records.length;
    w.lastMutation = now;
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  document.addEventListener('DOMContentLoaded', observe);
  addEventListener('load', () => { w.loadedAt = performance.now(); w.last = performance.now(); w.maxGap = 0; });
})();`;

export interface WatchReport {
  /** The longest the page's event loop was blocked after its load event (or restartWatch), in ms. */
  maxGap: number;
  maxGapAt: number;
  /** [start, duration] of every gap over 50 ms, from page start. */
  gaps: [number, number][];
  longTasks: [number, number][];
  mutations: number;
  firstMutation: number;
  lastMutation: number;
  /** When the page loaded, or when restartWatch was called. */
  loadedAt: number;
  now: number;
}

/** Starts measuring afresh (e.g. right before turning the extension on, once the page has settled). */
export function restartWatch(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = (window as unknown as { __mgWatch: Record<string, unknown> }).__mgWatch;
    Object.assign(w, { maxGap: 0, maxGapAt: 0, gaps: [], longTasks: [], mutations: 0, firstMutation: 0, lastMutation: 0, loadedAt: performance.now(), last: performance.now() });
  });
}

export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: INIT });
}

export function report(page: Page): Promise<WatchReport> {
  return page.evaluate(() => {
    const w = (window as unknown as { __mgWatch: Omit<WatchReport, 'now'> }).__mgWatch;
    return { ...w, gaps: [...w.gaps], longTasks: [...w.longTasks], now: performance.now() };
  });
}

/**
 * Waits until no DOM mutation happened for `quietMs` (the extension's work is over), giving up
 * after `timeoutMs`. A page.evaluate that does not answer within its own timeout means the tab
 * hangs: the watchdog turns that into a failure rather than a stuck test.
 */
export async function waitForQuiet(page: Page, { quietMs = 1000, timeoutMs = 30_000 } = {}): Promise<WatchReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await withWatchdog(report(page), 10_000, 'the page did not answer for 10 s: the tab hangs');
    if (r.firstMutation > 0 && r.now - r.lastMutation >= quietMs) return r;
    if (Date.now() > deadline) throw new Error(`the page was still changing after ${timeoutMs} ms (${r.mutations} mutations, last at ${Math.round(r.lastMutation)} ms)`);
    await page.waitForTimeout(200);
  }
}

export async function withWatchdog<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, watchdog]);
  } finally {
    clearTimeout(timer);
  }
}
