import type { Worker } from 'playwright-core';

/**
 * The extension's storage.local, read and written from its service worker (where `chrome` is the
 * extension API), as the popup and options page would write it. Keys: see src/settings/items.ts.
 */

type Chrome = { storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> } } };

export function readStorage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(k))[k], key);
}

export function writeStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  return worker.evaluate((i) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(i), items);
}

/** The defaults of src/settings/schema.ts, with some fields changed. */
export function settingsWith(patch: Record<string, unknown>): Record<string, unknown> {
  return {
    enabled: true,
    languages: ['en', 'nb', 'bg', 'da', 'sv', 'de'],
    minGrade: 'very-low',
    highlightTerms: true,
    hoverDelayMs: 300,
    style: 'colour-blind-safe',
    sites: {},
    ...patch,
  };
}

/** Turns MgLens on or off everywhere (the popup's "On for all sites" switch). */
export function setEnabled(worker: Worker, enabled: boolean): Promise<void> {
  return writeStorage(worker, { settings: settingsWith({ enabled }) });
}
