import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../../scripts/lib/chromium.ts';

export interface ProfileOptions {
  profileDir: string;
  /** Path for --log-net-log; Chromium completes the file when it closes. */
  netLog?: string;
}

/**
 * Chromium with the unpacked build on a profile folder the caller keeps (so a test can close the
 * browser and open the same profile again), optionally writing Chromium's own network log.
 */
export function launchChromiumWithProfile({ profileDir, netLog }: ProfileOptions): Promise<ChromiumSession> {
  return launchChromium({ profileDir, ...(netLog ? { netLog } : {}) });
}

/** Every http(s)/ws(s) address and resolved host name in a Chromium network log. */
export function netLogAddresses(log: string): { urls: string[]; hosts: string[] } {
  const urls = [...new Set(log.match(/\b(?:https?|wss?|ftp):\/\/[^"\\\s]+/g) ?? [])];
  const hosts = [...new Set([...log.matchAll(/"host":"([^"]+)"/g)].map((m) => m[1]!))];
  return { urls, hosts };
}

/**
 * Opens the toolbar popup for the active tab, as clicking the toolbar button would. Without the
 * tabs permission the extension sees no tab's address: the popup is told the active tab's id,
 * taken before the popup's own tab becomes the active one.
 */
export async function openPopupForActiveTab(session: ChromiumSession): Promise<Page> {
  const tabId = await session.serviceWorker.evaluate(async () => {
    // Runs in the extension's service worker, where `chrome` is the extension API.
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
