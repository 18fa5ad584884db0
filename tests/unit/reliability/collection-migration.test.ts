import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listSavedPages, savePage } from '../../../src/settings/collection.ts';
import { repairCollection, type SavedPage } from '../../../src/settings/collection-schema.ts';
import { COLLECTION_VERSIONING, createCollectionItem, STORAGE_KEYS } from '../../../src/settings/items.ts';
import { match } from '../settings/fixtures.ts';

/**
 * The saved collection outlives versions of MgLens. A future v2 adds `2: (v1) => v2` to
 * COLLECTION_VERSIONING.migrations (items.ts); this runs such a migration over a collection
 * saved by today's code and checks that no saved page is lost on the way, nor when an older
 * MgLens reads the newer value back (a downgrade).
 */

interface V2Page extends SavedPage {
  /** What a v2 might add: the reader's own tags. */
  tags: string[];
}

const toV2 = (old: unknown) => {
  const v1 = old as { pages: SavedPage[] };
  return { pages: v1.pages.map((page): V2Page => ({ ...page, tags: [] })) };
};

describe('the saved collection across a version change', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is version 1 today, in storage.local under its own key', () => {
    expect(COLLECTION_VERSIONING.version).toBe(1);
    expect(STORAGE_KEYS.collection).toBe('local:collection');
  });

  it('keeps every page and match of a v1 collection through a v2 migration, and a v1 reader still lists them', async () => {
    const urls = ['https://a.org/1', 'https://b.org/2', 'https://c.org/3'];
    for (const [i, url] of urls.entries()) {
      await savePage({ url, title: `Page ${i}`, matches: [match({ id: `m${i}` }), match({ id: `n${i}`, start: 300, end: 320 })] }, new Date(Date.UTC(2025, 0, i + 1)));
    }
    const v1 = await listSavedPages();
    expect(v1.map((p) => p.url)).toEqual([...urls].reverse());
    expect((await fakeBrowser.storage.local.get('collection$'))['collection$']).toEqual({ v: 1 });

    const item = createCollectionItem({ version: 2, migrations: { 2: toV2 } });
    const migrated = (await item.getValue()) as { pages: V2Page[] };
    expect(await item.getMeta()).toEqual({ v: 2 });
    expect(migrated.pages.map((page) => page.tags)).toEqual([[], [], []]);
    expect(migrated.pages.map(({ tags: _tags, ...page }) => page)).toEqual(v1);

    // An older MgLens (today's v1 reader) meets the v2 value: WXT reports the downgrade, the
    // repair drops the field it does not know, and every page is still there.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(repairCollection(migrated).value.pages).toEqual(v1);
    expect(await listSavedPages()).toEqual(v1);
  });

  it('runs the migration on a collection stored without a version (before versioning) too', async () => {
    const page = { url: 'https://a.org/x', title: 'A', savedAt: '2025-01-01T00:00:00.000Z', matches: [match()] };
    await fakeBrowser.storage.local.set({ collection: { pages: [page] } });
    const item = createCollectionItem({ version: 2, migrations: { 2: toV2 } });
    expect(await item.getValue()).toEqual({ pages: [{ ...page, tags: [] }] });
  });
});
