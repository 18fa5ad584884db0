import { browser } from 'wxt/browser';
import { isPlainObject } from './json-value.ts';
import { settingsStorageKeys } from './storage-keys.ts';

/**
 * The content script's settings read, started at document_start by a tiny content script
 * (entrypoints/settings-read.content.ts) and taken at document_idle by the main one, which
 * would otherwise wait 5-20 ms for storage before it may look at the page (docs/performance.md).
 * Both scripts run in the extension's isolated world, which shares one global object and which
 * the page cannot see; the read waits there.
 *
 * A settings change while the page loads makes the early read stale: it is then not used, and
 * the main script reads again. A change after the main script took the read, before its own
 * watch began, is reported by `endSettingsHandover` (watchSettingsFromStart in settings.ts).
 *
 * Once the read is back, unless MgLens is switched off everywhere, the early script also wakes
 * the background (`warm-up`, no page data): a stopped service worker (Chromium stops it after
 * 30 s idle) is not reliably woken in time by the tab's loading, and would otherwise build and
 * warm its matcher only when the first screen's text arrives (measured: 120-240 ms first
 * screens on a cold background; docs/performance.md).
 */

type Stored = Record<string, unknown>;

interface EarlyRead {
  read: Promise<Stored>;
  /** Whether the settings changed since the read started. */
  changed(): boolean;
  stop(): void;
}

const SLOT = '__mglensEarlySettingsRead';
type Holder = { [SLOT]?: EarlyRead };

/** Starts reading the stored settings; once per document. */
export function startSettingsRead(holder: Holder = globalThis as Holder): Promise<Stored> {
  const started = holder[SLOT];
  if (started) return started.read;
  const keys = settingsStorageKeys();
  let changed = false;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) changed = true;
  };
  // Listening before reading: a write between the two would otherwise go unnoticed.
  browser.storage.onChanged.addListener(onChanged);
  const early: EarlyRead = {
    read: browser.storage.local.get(keys),
    changed: () => changed,
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
  // A failed read is not reported here: the taker reads again and reports.
  early.read.catch(() => undefined);
  holder[SLOT] = early;
  return early.read;
}

/** Switched off everywhere, as far as the raw stored value says (the main script validates it). */
function switchedOff(stored: Stored): boolean {
  const settings = stored[settingsStorageKeys()[0]];
  return isPlainObject(settings) && settings.enabled === false;
}

/**
 * Asks the background to get its matcher ready, unless MgLens is switched off everywhere. A
 * failure (the extension was just updated) changes nothing: the first match builds it.
 */
export async function warmBackgroundUnlessOff(read: Promise<Stored>): Promise<void> {
  try {
    if (switchedOff(await read)) return;
    await browser.runtime.sendMessage({ type: 'warm-up' });
  } catch {
    // Nothing to do: see above.
  }
}

/** The taken read, still listening for changes until the main script's own watch begins. */
let handover: EarlyRead | undefined;

/**
 * The early read's result, once: undefined when there was none (the extension was installed
 * after the page loaded), when it failed, or when the settings changed since it started.
 */
export async function takeEarlySettingsRead(holder: Holder = globalThis as Holder): Promise<Stored | undefined> {
  const early = holder[SLOT];
  if (!early) return undefined;
  delete holder[SLOT];
  let stored: Stored;
  try {
    stored = await early.read;
  } catch {
    early.stop();
    return undefined;
  }
  if (early.changed()) {
    early.stop();
    return undefined;
  }
  endSettingsHandover();
  handover = early;
  return stored;
}

/** Stops listening for the taken read; true when the settings changed after it was taken. */
export function endSettingsHandover(): boolean {
  const early = handover;
  handover = undefined;
  if (!early) return false;
  early.stop();
  return early.changed();
}
