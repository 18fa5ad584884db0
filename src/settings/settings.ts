import { browser } from 'wxt/browser';
import { isPlainObject } from './json-value.ts';
import { createWriteQueue, readRepaired } from './read-repaired.ts';
import { endSettingsHandover, takeEarlySettingsRead } from './early-read.ts';
import { SETTINGS_VERSIONING, settingsItem } from './items.ts';
import { repairSettings } from './repair-settings.ts';
import { SettingsSchema, defaultSettings, type Settings } from './schema.ts';
import { settingsStorageKeys } from './storage-keys.ts';
import { isActiveOn, withAnnotationToggled, withSiteActive } from './site-rules.ts';
import { watchItem, type WatchOptions } from './watch-item.ts';

export type { WatchOptions };

/** The reader's settings in storage: read validated, written whole, watched by open tabs. */

const enqueue = createWriteQueue();

/** The current settings; a corrupted stored value is repaired and written back. Never throws. */
export function getSettings(): Promise<Settings> {
  return readRepaired(settingsItem(), repairSettings, SETTINGS_VERSIONING.version);
}

const readStored = (keys: string[]): Promise<Record<string, unknown>> => browser.storage.local.get(keys);

/**
 * The settings in one storage read, for the content script's start, where every round trip to the
 * browser delays the first highlight: the storage item's own read waits for its migration check
 * and then reads again. Usually that read was started at document_start (early-read.ts) and has
 * long arrived. When the stored value has another version, or needs repair, this falls
 * back to getSettings, which migrates and writes the repair back.
 */
export async function getSettingsAtStart(): Promise<Settings> {
  const [key, metaKey] = settingsStorageKeys();
  try {
    const stored = (await takeEarlySettingsRead()) ?? (await readStored([key, metaKey]));
    const meta = stored[metaKey];
    const version = isPlainObject(meta) && typeof meta.v === 'number' ? meta.v : 1;
    if (version === SETTINGS_VERSIONING.version) {
      const { value, repaired } = repairSettings(stored[key] ?? null);
      if (!repaired) return value;
    }
  } catch {
    // getSettings reports the failure and falls back to the defaults.
  }
  return getSettings();
}

/**
 * Applies a change and stores the result. Throws (in the extension page that asked) when the
 * change produces invalid settings: a bug to see, not to store.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return enqueue(async () => {
    const next = SettingsSchema.parse(change(await getSettings()));
    await settingsItem().setValue(next);
    return next;
  });
}

export function setEnabled(enabled: boolean): Promise<Settings> {
  return updateSettings((settings) => ({ ...settings, enabled }));
}

export function setSiteActive(hostname: string, active: boolean): Promise<Settings> {
  return updateSettings((settings) => withSiteActive(settings, hostname, active));
}

/** The keyboard command's effect on one site; resolves to whether the site is now annotated. */
export async function toggleAnnotation(hostname: string): Promise<boolean> {
  const next = await updateSettings((settings) => withAnnotationToggled(settings, hostname));
  return isActiveOn(next, hostname);
}

export function resetSettings(): Promise<Settings> {
  return updateSettings(() => defaultSettings());
}

/** Calls back with the new settings whenever the popup, options page or background changes them. */
export function watchSettings(callback: (settings: Settings) => void, options: WatchOptions = {}): () => void {
  return watchItem(settingsItem(), repairSettings, callback, options);
}

/**
 * watchSettings for the content script, after getSettingsAtStart: a change that came after the
 * early read was taken and before this watch began is reported too (read again).
 */
export function watchSettingsFromStart(callback: (settings: Settings) => void, options: WatchOptions = {}): () => void {
  const stop = watchSettings(callback, options);
  if (endSettingsHandover()) {
    void getSettings().then((settings) => {
      if (!options.signal?.aborted) callback(settings);
    });
  }
  return stop;
}
