import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import type { BenchBrowser } from './bench-browser.ts';
import { openCollectingTab, waitForEvent } from './bench-mglens.ts';
import { tidy } from './bundle-sizes.ts';

/**
 * CPU profiles (CDP Profiler) of a page with MgLens, read back through the content script's source
 * map: self time per original function, so a hot spot is named by file and function rather than
 * by minified name. Used by `npm run bench -- --profile`.
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  where: string;
  selfMs: number;
  totalMs: number;
}

/**
 * Self and total time per function of the script at `scriptUrl` (others are grouped by kind:
 * "(program)", "(garbage collector)", "page and browser"), mapped through `mapFile`.
 * Only samples between `from` and `to` (profile clock, microseconds) count when given.
 */
export function hotSpots(profile: CpuProfile, scriptUrl: string, mapFile: string, window?: { from: number; to: number }): HotSpot[] {
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map<number, string>();
  const nameOf = (id: number): string => {
    const known = names.get(id);
    if (known) return known;
    const { callFrame } = byId.get(id)!;
    let name: string;
    if (callFrame.url.startsWith(scriptUrl)) {
      const pos = consumer.originalPositionFor({ line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
      const fn = pos.name ?? (callFrame.functionName || '(anonymous)');
      name = pos.source ? `${tidy(pos.source)}:${pos.line} ${fn}` : `content.js ${callFrame.functionName}`;
    } else if (callFrame.url === '') {
      name = callFrame.functionName.startsWith('(') ? callFrame.functionName : `(native) ${callFrame.functionName}`;
    } else name = '(page and browser)';
    names.set(id, name);
    return name;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (window && (t < window.from || t > window.to)) continue;
    const id = profile.samples[i]!;
    const leaf = nameOf(id);
    self.set(leaf, (self.get(leaf) ?? 0) + next);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const name = nameOf(n);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + next);
    }
  }
  return [...total.keys()]
    .map((where) => ({ where, selfMs: (self.get(where) ?? 0) / 1000, totalMs: (total.get(where) ?? 0) / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

/**
 * Loads `url` in a tab of `browser` (which must have the source-mapped build loaded) with the
 * sampling profiler on until MgLens's full pass is done, and returns the hot spots.
 */
export async function profileLoad(browser: BenchBrowser, url: string, mapFile: string): Promise<HotSpot[]> {
  const { page, cdp } = await openCollectingTab(browser);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await waitForEvent(page, 'pass-done');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await page.close();
  // Only the main content script's frames: the early one has no entry in this source map.
  return hotSpots(profile, `${browser.extensionUrl!}content-scripts/content.js`, mapFile);
}
