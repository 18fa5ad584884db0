/**
 * The storage keys, on their own so that the early settings read (early-read.ts) loads nothing
 * else. Everything lives in storage.local: it stays on this device (storage.sync would send it
 * to the browser maker's servers) and survives restarts. WXT keeps an item's version under
 * `<key>$`.
 */
export const STORAGE_KEYS = {
  settings: 'local:settings',
  collection: 'local:collection',
} as const;

/** The raw storage.local keys of the settings value and of its version record. */
export function settingsStorageKeys(): [value: string, meta: string] {
  const key = STORAGE_KEYS.settings.replace(/^local:/, '');
  return [key, `${key}$`];
}
