import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listSavedPages, savePage } from '../../../src/settings/collection.ts';
import { createSettingsItem, STORAGE_KEYS } from '../../../src/settings/items.ts';
import { getSettings } from '../../../src/settings/settings.ts';
import { defaultSettings } from '../../../src/settings/schema.ts';
import { match } from './fixtures.ts';

describe('versioned settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps the two items under their own keys in storage.local', () => {
    expect(STORAGE_KEYS).toEqual({ settings: 'local:settings', collection: 'local:collection' });
  });

  it('runs a future migration on start, and the collection survives it', async () => {
    // This file's v1 item, defined on first use below, then sees v2 in storage and says so.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ settings: { enabled: false, onlyOn: ['a.org'] }, settings$: { v: 1 } });
    await savePage({ url: 'https://a.org/x', title: 'A', matches: [match()] });

    // What a v2 would look like: its migration turns a v1 field into the new shape.
    const item = createSettingsItem({
      version: 2,
      migrations: {
        2: (old) => {
          const v1 = old as { onlyOn?: string[] } & Record<string, unknown>;
          const { onlyOn = [], ...rest } = v1;
          return { ...rest, sites: Object.fromEntries(onlyOn.map((site) => [site, 'only'])) };
        },
      },
    });
    expect(await item.getValue()).toEqual({ enabled: false, sites: { 'a.org': 'only' } });
    expect(await item.getMeta()).toEqual({ v: 2 });
    expect(await getSettings()).toEqual({ ...defaultSettings(), enabled: false, sites: { 'a.org': 'only' } });
    expect((await listSavedPages()).map((page) => page.url)).toEqual(['https://a.org/x']);
  });

  it('survives a value from a newer version (a downgrade) by repairing it', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, futureField: 1 }, settings$: { v: 7 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const item = createSettingsItem({ version: 1, migrations: {} });
    await expect(item.getValue()).resolves.toEqual({ enabled: false, futureField: 1 });
    expect(error).toHaveBeenCalledOnce();
    expect(await getSettings()).toEqual({ ...defaultSettings(), enabled: false });
  });
});
