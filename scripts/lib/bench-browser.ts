import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchContext } from './chromium.ts';

/**
 * Headless Debian Chromium for the benchmark: with an extension build loaded, or plain (for the
 * floor and for mark.js, which must run in a page MgLens does not touch). Same flags and window
 * size either way, so the two measure the same browser.
 */

export interface BenchBrowser {
  context: BrowserContext;
  /** chrome-extension://<id>/ when an extension is loaded. */
  extensionUrl?: string;
  /** Runs in the extension's service worker (storage, tabs). */
  inExtension?<T>(fn: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchBenchBrowser(extensionDir?: string): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'mglens-bench-'));
  const context = await launchContext(profile, {
    headless: true,
    extensionDir,
    // A tab in the background would have its timers throttled; every bench tab is measured alone.
    args: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  if (!extensionDir) return { context, close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    extensionUrl: `chrome-extension://${new URL(worker.url()).host}/`,
    inExtension: <T>(fn: string) => worker.evaluate(fn) as Promise<T>,
    close,
  };
}

/** "Chrome/<version>" of the running browser. */
export async function browserVersion(browser: BenchBrowser): Promise<string> {
  const { page, cdp } = await openTab(browser);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await page.close();
  return product;
}

/** A new tab with a CDP session on it. */
export async function openTab(browser: BenchBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  return { page, cdp };
}

/** The JS heap of the tab's renderer (every world in it, the content script's included), after full GCs. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}
