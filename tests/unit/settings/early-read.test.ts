import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { endSettingsHandover, startSettingsRead, takeEarlySettingsRead, warmBackgroundUnlessOff } from '../../../src/settings/early-read.ts';
import { BackgroundRequestSchema } from '../../../src/settings/message-schemas.ts';
import { defaultSettings } from '../../../src/settings/schema.ts';
import { getSettingsAtStart, updateSettings, watchSettingsFromStart } from '../../../src/settings/settings.ts';

// The content script at document_start starts the settings read; the main one, at
// document_idle, takes it instead of waiting for storage again.
describe('the settings read started while the page loads', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await takeEarlySettingsRead(); // nothing left over from another test
    endSettingsHandover();
  });

  it('gives the main script the stored settings without a second storage call', async () => {
    const next = await updateSettings((s) => ({ ...s, minGrade: 'moderate', highlightTerms: false }));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    startSettingsRead();
    expect(get).toHaveBeenCalledTimes(1);
    expect(await getSettingsAtStart()).toEqual(next);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('is read again when the settings change before the main script takes them', async () => {
    startSettingsRead();
    // The reader switches MgLens off from the popup while the page is still loading.
    const off = await updateSettings((s) => ({ ...s, enabled: false }));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await getSettingsAtStart()).toEqual(off);
    expect(get).toHaveBeenCalled();
  });

  it('ignores changes to other storage keys', async () => {
    startSettingsRead();
    await fakeBrowser.storage.local.set({ collection: { pages: [] } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await getSettingsAtStart()).toEqual(defaultSettings());
    expect(get).not.toHaveBeenCalled();
  });

  it('is read again when the early read failed', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage is busy'));
    startSettingsRead();
    expect(await getSettingsAtStart()).toEqual(defaultSettings());
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('is taken once, and listens for changes until the main script watches', async () => {
    const off = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    startSettingsRead();
    expect(await takeEarlySettingsRead()).toEqual({});
    expect(await takeEarlySettingsRead()).toBeUndefined();
    expect(off).not.toHaveBeenCalled();
    expect(endSettingsHandover()).toBe(false);
    expect(off).toHaveBeenCalledTimes(1);
    // Nothing left to take: a later start reads storage itself.
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await getSettingsAtStart();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reports a change that came after the read was taken and before the watch began', async () => {
    startSettingsRead();
    expect((await getSettingsAtStart()).enabled).toBe(true);
    // The reader switches MgLens off in the instant between the two.
    await updateSettings((s) => ({ ...s, enabled: false }));
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSettingsFromStart((settings) => seen.push(settings.enabled), { signal: controller.signal });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    controller.abort();
  });

  it('reads nothing more at the watch when nothing changed in between', async () => {
    startSettingsRead();
    await getSettingsAtStart();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const seen: unknown[] = [];
    const controller = new AbortController();
    watchSettingsFromStart((settings) => seen.push(settings), { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([]);
    expect(get).not.toHaveBeenCalled();
    controller.abort();
  });

  it('starts one read per document however often it is asked', () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    startSettingsRead();
    startSettingsRead();
    expect(get).toHaveBeenCalledTimes(1);
  });
});

describe('waking the background while the page loads', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await takeEarlySettingsRead();
    endSettingsHandover();
  });

  it('asks the background to warm its matcher, with a message it accepts and no page data', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: {} });
    await warmBackgroundUnlessOff(startSettingsRead());
    expect(send).toHaveBeenCalledTimes(1);
    const message = send.mock.calls[0]![0];
    expect(message).toEqual({ type: 'warm-up' });
    expect(BackgroundRequestSchema.safeParse(message).success).toBe(true);
  });

  it('leaves the background asleep when MgLens is switched off everywhere', async () => {
    await updateSettings((s) => ({ ...s, enabled: false }));
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await warmBackgroundUnlessOff(startSettingsRead());
    expect(send).not.toHaveBeenCalled();
  });

  it('does not throw when there is no background to answer or storage fails', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(warmBackgroundUnlessOff(startSettingsRead())).resolves.toBeUndefined();
    await takeEarlySettingsRead();
    await expect(warmBackgroundUnlessOff(Promise.reject(new Error('storage is gone')))).resolves.toBeUndefined();
  });
});
