import { browser } from 'wxt/browser';
import type { SourceId } from '../claims/schema.ts';
import { sourceViewerHref } from '../ui/source/href.ts';

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

/** The source viewer opened at a passage (entrypoints/source). */
export function sourceUrl(source: SourceId, start: number, end: number): string {
  return sourceViewerHref(source, start, end, (browser.runtime.getURL as (path: string) => string)('/source.html'));
}

export async function openSource(source: SourceId, start: number, end: number): Promise<void> {
  await browser.tabs.create({ url: sourceUrl(source, start, end) });
}
