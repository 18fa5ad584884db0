import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSettings,
  getSettingsAtStart,
  resetSettings,
  setEnabled,
  setSiteActive,
  toggleAnnotation,
  updateSettings,
  watchSettings,
} from '../../../src/settings/settings.ts';
import { defaultSettings, type Settings } from '../../../src/settings/schema.ts';

async function stored(): Promise<{ value: unknown; meta: unknown }> {
  const all = await fakeBrowser.storage.local.get(['settings', 'settings$']);
  return { value: all.settings, meta: all['settings$'] };
}

describe('settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the defaults when nothing is stored, and writes nothing', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
    expect((await stored()).value).toBeUndefined();
  });

  it('round-trips a change', async () => {
    const next = await updateSettings((s) => ({ ...s, minGrade: 'moderate', languages: ['nb', 'bg'], hoverDelayMs: 0 }));
    expect(await getSettings()).toEqual(next);
    expect((await stored()).value).toEqual(next);
  });

  it('refuses to store invalid settings, leaving storage as it was', async () => {
    await setEnabled(false);
    await expect(updateSettings((s) => ({ ...s, hoverDelayMs: 99_999 }))).rejects.toThrow();
    expect(await getSettings()).toEqual({ ...defaultSettings(), enabled: false });
  });

  it('repairs a corrupted value and writes the repair back', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'no', languages: [1, 'nb'], style: 'high-contrast', junk: 'x'.repeat(200_000) } });
    const expected = { ...defaultSettings(), languages: ['nb'], style: 'high-contrast' };
    expect(await getSettings()).toEqual(expected);
    const after = await stored();
    expect(after.value).toEqual(expected);
    expect(after.meta).toEqual({ v: 1 });
  });

  it('repairs garbage of the wrong type whole', async () => {
    for (const garbage of ['{"enabled": tru', 12, [defaultSettings()], true]) {
      await fakeBrowser.storage.local.set({ settings: garbage });
      expect(await getSettings()).toEqual(defaultSettings());
      expect((await stored()).value).toEqual(defaultSettings());
    }
  });

  it('reads an unversioned value of an older shape field by field', async () => {
    // No `settings$` meta: written before versioning. Fields it shares with v1 survive.
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, highContrast: true, disabledSites: ['a.org'], hoverDelayMs: 500 },
    });
    expect(await getSettings()).toEqual({ ...defaultSettings(), enabled: false, hoverDelayMs: 500 });
    expect((await stored()).meta).toEqual({ v: 1 });
  });

  it('falls back to the defaults when storage itself fails, without throwing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(getSettings()).resolves.toEqual(defaultSettings());
  });

  it('switches globally and per site', async () => {
    await setEnabled(false);
    expect((await getSettings()).enabled).toBe(false);
    await setSiteActive('www.Example.com', false);
    expect((await getSettings()).sites).toEqual({ 'example.com': 'off' });
    await setSiteActive('example.com', true);
    expect((await getSettings()).sites).toEqual({});
  });

  it('toggles annotation for a site and reports the new state', async () => {
    expect(await toggleAnnotation('example.com')).toBe(false);
    expect(await toggleAnnotation('example.com')).toBe(true);
  });

  it('loses no update when two arrive at once', async () => {
    await Promise.all([setEnabled(false), setSiteActive('a.org', false), setSiteActive('b.org', false)]);
    expect(await getSettings()).toMatchObject({ enabled: false, sites: { 'a.org': 'off', 'b.org': 'off' } });
  });

  it('resets to the defaults', async () => {
    await updateSettings((s) => ({ ...s, enabled: false, style: 'high-contrast' }));
    expect(await resetSettings()).toEqual(defaultSettings());
  });
});

describe('settings at the content script start (one storage read)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads what the popup stored, in a single storage call', async () => {
    const next = await updateSettings((s) => ({ ...s, enabled: false, minGrade: 'low' }));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await getSettingsAtStart()).toEqual(next);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettingsAtStart()).toEqual(defaultSettings());
  });

  it('repairs a corrupted value through the full path, which writes the repair back', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'no', languages: [1, 'nb'] } });
    expect(await getSettingsAtStart()).toEqual({ ...defaultSettings(), languages: ['nb'] });
    expect((await stored()).value).toEqual({ ...defaultSettings(), languages: ['nb'] });
  });

  it('leaves a value of another version to the storage item (which migrates), not reading it raw', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), enabled: false }, settings$: { v: 2 } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await getSettingsAtStart();
    expect(get.mock.calls.length).toBeGreaterThan(1);
  });

  it('falls back to the defaults when storage fails, without throwing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(getSettingsAtStart()).resolves.toEqual(defaultSettings());
  });
});

describe('watchSettings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reports each change, validated', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await setEnabled(false);
    await fakeBrowser.storage.local.set({ settings: { enabled: 'garbage', minGrade: 'high' } });
    stop();
    await setEnabled(true);
    expect(seen).toEqual([
      { ...defaultSettings(), enabled: false },
      { ...defaultSettings(), minGrade: 'high' },
    ]);
  });

  it('reports the defaults when the value is removed', async () => {
    await setEnabled(false);
    const seen: Settings[] = [];
    watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.remove('settings');
    expect(seen).toEqual([defaultSettings()]);
  });

  it('stops when its signal aborts, and never starts on an aborted one', async () => {
    const controller = new AbortController();
    const callback = vi.fn();
    watchSettings(callback, { signal: controller.signal });
    controller.abort();
    watchSettings(callback, { signal: controller.signal });
    await setEnabled(false);
    expect(callback).not.toHaveBeenCalled();
  });

  it('keeps a throwing callback from reaching the page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    watchSettings(() => {
      throw new Error('page code broke');
    });
    await expect(setEnabled(false)).resolves.toBeDefined();
  });
});
