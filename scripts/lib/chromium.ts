import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, requireBrowser } from './browsers.ts';
import { CHROME_BUILD } from './paths.ts';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Headless Debian Chromium with the unpacked MV3 build loaded, in a throwaway profile by default. */
export interface ChromiumOptions {
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** Headed needs a display; the default is headless. */
  headless?: boolean;
  /** A profile folder the caller keeps (to relaunch on the same profile); not deleted on close. */
  profileDir?: string;
  /** Path for Chromium's own network log (every request of pages, extension pages, workers). */
  netLog?: string;
}

/** What every MgLens Chromium is launched with: the e2e tests', the demo's and the benchmark's. */
export interface ContextOptions {
  headless: boolean;
  /** The unpacked build to load; none for a plain browser. */
  extensionDir?: string | undefined;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  args?: readonly string[];
}

export const VIEWPORT = { width: 1200, height: 900 };

export function launchContext(profile: string, opts: ContextOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: requireBrowser(CHROMIUM_PATH, 'Chromium'),
    headless: opts.headless,
    // Playwright passes --disable-extensions by default, which would ignore --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'en-US',
    viewport: VIEWPORT,
    args: [
      ...(opts.headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.extensionDir ? [`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`] : []),
      ...(opts.args ?? []),
    ],
  });
}

export async function launchChromium(opts: ChromiumOptions = {}): Promise<ChromiumSession> {
  const headless = opts.headless ?? true;
  const profile = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'mglens-chromium-')));
  const context = await launchContext(profile, {
    headless,
    extensionDir: CHROME_BUILD,
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'en-US',
    args: opts.netLog ? [`--log-net-log=${opts.netLog}`, '--net-log-capture-mode=Default'] : [],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      if (!opts.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}
