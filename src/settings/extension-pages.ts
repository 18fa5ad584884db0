import { browser } from 'wxt/browser';

/** The extension's own pages, opened from the popup. */

/** The evidence explorer page (entrypoints/explorer). */
export function explorerUrl(): string {
  // Typed paths only list pages that exist at `wxt prepare`; the explorer is built by another
  // entrypoint, so the check is widened here, in one place.
  return (browser.runtime.getURL as (path: string) => string)('/explorer.html');
}

export async function openExplorer(): Promise<void> {
  await browser.tabs.create({ url: explorerUrl() });
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
