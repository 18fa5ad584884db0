import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSettingsRead, takeEarlySettingsRead, warmBackgroundUnlessOff } from '../../../src/settings/early-read.ts';
import { BackgroundRequestSchema } from '../../../src/settings/message-schemas.ts';
import { defaultSettings } from '../../../src/settings/schema.ts';
import { getSettingsAtStart, updateSettings } from '../../../src/settings/settings.ts';

// The content script at document_start starts the settings read; the main one, at
// document_idle, takes it instead of waiting for storage again.
describe('the settings read started while the page loads', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await takeEarlySettingsRead(); // nothing left over from another test
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

  it('is taken once: a later start reads storage itself and stops listening for changes', async () => {
    const off = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    startSettingsRead();
    expect(await takeEarlySettingsRead()).toEqual({});
    expect(off).toHaveBeenCalledTimes(1);
    expect(await takeEarlySettingsRead()).toBeUndefined();
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
