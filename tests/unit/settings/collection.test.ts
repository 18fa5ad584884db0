import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CollectionFullError,
  collectionUrl,
  isPageSaved,
  listSavedPages,
  removeSavedPage,
  savePage,
  watchCollection,
} from '../../../src/settings/collection.ts';
import { MAX_SAVED_PAGES, type SavedPage } from '../../../src/settings/collection-schema.ts';
import { match } from './fixtures.ts';

const page = (url: string, title = 'A page') => ({ url, title, matches: [match()] });

describe('the saved collection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty', async () => {
    expect(await listSavedPages()).toEqual([]);
  });

  it('saves a page with its matches and the time, newest first', async () => {
    await savePage(page('https://a.org/1'), new Date('2026-01-01T10:00:00Z'));
    const outcome = await savePage(page('https://b.org/2'), new Date('2026-01-02T10:00:00Z'));
    expect(outcome.replaced).toBe(false);
    const pages = await listSavedPages();
    expect(pages.map((p) => [p.url, p.savedAt])).toEqual([
      ['https://b.org/2', '2026-01-02T10:00:00.000Z'],
      ['https://a.org/1', '2026-01-01T10:00:00.000Z'],
    ]);
    expect(pages[0]!.matches).toEqual([match()]);
  });

  it('replaces an earlier copy of the same page, whatever its #fragment', async () => {
    await savePage(page('https://a.org/1#intro', 'Old'));
    await savePage(page('https://b.org/2'));
    const outcome = await savePage(page('https://a.org/1#:~:text=magnesium', 'New'));
    expect(outcome.replaced).toBe(true);
    expect((await listSavedPages()).map((p) => [p.url, p.title])).toEqual([
      ['https://a.org/1', 'New'],
      ['https://b.org/2', 'A page'],
    ]);
    expect(collectionUrl('https://a.org/1#x')).toBe('https://a.org/1');
  });

  it('removes a page', async () => {
    await savePage(page('https://a.org/1'));
    expect(await isPageSaved('https://a.org/1#top')).toBe(true);
    expect(await removeSavedPage('https://a.org/1')).toBe(true);
    expect(await removeSavedPage('https://a.org/1')).toBe(false);
    expect(await listSavedPages()).toEqual([]);
  });

  it('refuses an invalid page and stores nothing', async () => {
    await expect(savePage({ url: '', title: 'x', matches: [] })).rejects.toThrow();
    await expect(savePage({ ...page('https://a.org'), matches: [match({ grade: 'great' as never })] })).rejects.toThrow();
    expect(await listSavedPages()).toEqual([]);
  });

  it('says when it is full', async () => {
    const pages: SavedPage[] = Array.from({ length: MAX_SAVED_PAGES }, (_, i) => ({
      url: `https://s${i}.org/`,
      title: '',
      savedAt: '2026-01-01T00:00:00.000Z',
      matches: [],
    }));
    await fakeBrowser.storage.local.set({ collection: { pages } });
    await expect(savePage(page('https://new.org/'))).rejects.toBeInstanceOf(CollectionFullError);
    // Saving again a page already there is a replacement, not growth.
    await expect(savePage(page('https://s3.org/'))).resolves.toMatchObject({ replaced: true });
  });

  it('keeps the readable pages and matches of a corrupted collection, and repairs it', async () => {
    const good = { url: 'https://a.org/', title: 'A', savedAt: '2026-01-01T00:00:00.000Z', matches: [match(), { id: 7 }] };
    await fakeBrowser.storage.local.set({
      collection: { pages: [good, { url: 5 }, 'junk', { ...good, savedAt: 'yesterday' }, { ...good }], extra: true },
    });
    const expected = [{ ...good, matches: [match()] }];
    expect(await listSavedPages()).toEqual(expected);
    const { collection } = await fakeBrowser.storage.local.get('collection');
    expect(collection).toEqual({ pages: expected });
  });

  it('replaces a collection of the wrong type with an empty one', async () => {
    await fakeBrowser.storage.local.set({ collection: 'x'.repeat(100_000) });
    expect(await listSavedPages()).toEqual([]);
    expect((await fakeBrowser.storage.local.get('collection')).collection).toEqual({ pages: [] });
  });

  it('tells watchers about changes', async () => {
    const seen: string[][] = [];
    const controller = new AbortController();
    watchCollection((pages) => seen.push(pages.map((p) => p.url)), { signal: controller.signal });
    await savePage(page('https://a.org/'));
    controller.abort();
    await savePage(page('https://b.org/'));
    expect(seen).toEqual([['https://a.org/']]);
  });
});
