import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, requireBrowser } from './browsers.ts';

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

export const VIEWPORT = { width: 1200, height: 900 };

export async function launchBenchBrowser(extensionDir?: string): Promise<BenchBrowser> {
  const executablePath = requireBrowser(CHROMIUM_PATH, 'Chromium');
  const profile = await mkdtemp(join(tmpdir(), 'mglens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: VIEWPORT,
    locale: 'en-US',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A tab in the background would have its timers throttled; every bench tab is measured alone.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ],
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
