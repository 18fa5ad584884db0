import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium.ts';
import { DEMO_PAGES } from '../../scripts/lib/paths.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { writeHostilePages, type HostilePage } from './helpers/hostile-pages.ts';
import { setEnabled } from './helpers/storage.ts';
import { instrument, restartWatch, waitForQuiet, withWatchdog } from './helpers/watch.ts';

/**
 * Hostile pages in real Chromium (generated at test time into a scratch folder): each is
 * annotated, or given up on, within a bound stated per page, the extension's work ends (the DOM
 * stops changing), and the tab never hangs.
 *
 * How: the page loads with MgLens off and settles; then MgLens is turned on (as the popup does)
 * and from that moment a heartbeat inside the page measures the longest time its event loop is
 * blocked, which covers MgLens's scripts and the restyle and relayout its changes cause.
 *
 * The bound, MAX_STALL_MS = 1000: a second is where a page stops feeling slow and starts feeling
 * frozen (RAIL keeps a task under 1 s to keep the reader's attention), and it separates the
 * fixed extension from the hangs these pages caused before the limits in the annotator, the
 * text index and the mark adapter (4.9 s, 23 s, or work that never ended). It is not the 200 ms
 * of an ordinary page because part of every stall here is the browser's own work on a page built
 * like this, which MgLens cannot shorten, and because the run shares two cores with other
 * browsers: measured without MgLens, Chromium stalls 320 ms laying out the 5 MB page as it loads
 * and 234 ms for the 1 MB text node, and one relayout after any change to the 5 MB page costs it
 * 60-100 ms. Measured with MgLens (load average 8 on two cores): longest stalls 49-263 ms on these
 * pages, 83 ms on the ordinary article; on a busier moment, up to twice that. The values of each
 * run are printed after it.
 */
const MAX_STALL_MS = 1000;

interface Case {
  page: HostilePage | 'article-en.html';
  /** The DOM stops changing within this many ms of turning MgLens on. */
  doneWithinMs: number;
}

const CASES: Case[] = [
  { page: 'article-en.html', doneWithinMs: 3_000 },
  { page: 'big-text.html', doneWithinMs: 30_000 },
  { page: 'nested-inline.html', doneWithinMs: 5_000 },
  { page: 'nested-blocks.html', doneWithinMs: 15_000 },
  { page: 'tiny-nodes.html', doneWithinMs: 5_000 },
  { page: 'one-megabyte-node.html', doneWithinMs: 5_000 },
  { page: 'remover.html', doneWithinMs: 5_000 },
  { page: 'odd-languages.html', doneWithinMs: 3_000 },
];

describe('hostile pages in Chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let dir: string;
  const timings: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mglens-hostile-'));
    writeHostilePages(dir);
    copyFileSync(resolve(DEMO_PAGES, 'article-en.html'), join(dir, 'article-en.html'));
    server = await startStaticServer({ '/': dir });
    session = await launchChromium();
    await instrument(session.context);
  });
  afterAll(async () => {
    console.info(`hostile pages, from turning MgLens on:\n${timings.join('\n')}`);
    await setEnabled(session.serviceWorker, true).catch(() => undefined);
    await session?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES)('$page: done within $doneWithinMs ms, never blocking the page a second', async ({ page: name, doneWithinMs }) => {
    await setEnabled(session.serviceWorker, false);
    const page = await session.context.newPage();
    await page.bringToFront();
    await withWatchdog(page.goto(`${server.url}/${name}`, { waitUntil: 'load', timeout: 60_000 }), 60_000, `${name} did not load`);
    await page.waitForTimeout(600);
    const before = await page.evaluate(() => document.body.textContent);
    await restartWatch(page);
    await setEnabled(session.serviceWorker, true);

    const done = await waitForQuiet(page, { quietMs: 1000, timeoutMs: doneWithinMs + 3000 });
    const workMs = done.lastMutation - done.loadedAt;
    const marks = await page.locator('mark[data-mglens]').count();
    const longest = Math.max(0, ...done.longTasks.map(([, d]) => d));
    timings.push(
      `  ${name}: done after ${Math.round(workMs)} ms, longest stall ${Math.round(done.maxGap)} ms, longest task ${longest} ms, ${marks} highlights, ${done.mutations} DOM mutations`,
    );
    // Still responsive: a round trip into the page answers at once.
    const t0 = Date.now();
    await withWatchdog(page.evaluate(() => document.title), 2000, `${name}: the tab hangs`);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(workMs).toBeLessThan(doneWithinMs);
    expect(done.maxGap, `longest stall on ${name}`).toBeLessThan(MAX_STALL_MS);
    // The page reads as it did, and its ordinary claim is highlighted (MgLens gave up only on
    // what it had to).
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);
    expect(marks + (name === 'remover.html' ? 1 : 0)).toBeGreaterThan(0);
    if (name === 'odd-languages.html') {
      // Malformed tags are read as none (the text is English); a well-formed unknown one is honoured.
      for (const id of ['lang0', 'lang1', 'lang2', 'lang3', 'lang4']) expect(await page.locator(`#${id} mark[data-mglens="claim"]`).count(), id).toBeGreaterThan(0);
      expect(await page.locator('#lang5 mark').count()).toBe(0);
    }
    if (name === 'remover.html') {
      expect(await page.locator('#calm mark[data-mglens="claim"]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __strips: number }).__strips)).toBeLessThan(40);
    }
    await page.close();
  });
});
