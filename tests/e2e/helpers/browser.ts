import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, requireBrowser } from '../../../scripts/lib/browsers.ts';
import type { ChromiumSession } from '../../../scripts/lib/chromium.ts';
import { CHROME_BUILD } from '../../../scripts/lib/paths.ts';

/**
 * Chromium with the unpacked build, like scripts/lib/chromium.ts's launchChromium, but on a
 * profile folder the caller keeps (so a test can close the browser and open the same profile
 * again) and, optionally, writing Chromium's own network log: every request the browser makes
 * for any page, extension page or service worker, which is what "no request leaves" is checked on.
 */
export interface ProfileOptions {
  profileDir: string;
  /** Path for --log-net-log; Chromium completes the file when it closes. */
  netLog?: string;
}

export async function launchChromiumWithProfile({ profileDir, netLog }: ProfileOptions): Promise<ChromiumSession> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: requireBrowser(CHROMIUM_PATH, 'Chromium'),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme: 'light',
    locale: 'en-US',
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...(netLog ? [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] : []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    extensionId: new URL(serviceWorker.url()).host,
    serviceWorker,
    close: () => context.close(),
  };
}

/** Every http(s)/ws(s) address and resolved host name in a Chromium network log. */
export function netLogAddresses(log: string): { urls: string[]; hosts: string[] } {
  const urls = [...new Set(log.match(/\b(?:https?|wss?|ftp):\/\/[^"\\\s]+/g) ?? [])];
  const hosts = [...new Set([...log.matchAll(/"host":"([^"]+)"/g)].map((m) => m[1]!))];
  return { urls, hosts };
}
