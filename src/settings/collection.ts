import {
  CollectionSchema,
  MAX_SAVED_PAGES,
  repairCollection,
  type Collection,
  type SavedPage,
} from './collection-schema.ts';
import { COLLECTION_VERSIONING, collectionItem } from './items.ts';
import { createWriteQueue, readRepaired } from './read-repaired.ts';
import { watchItem, type WatchOptions } from './watch-item.ts';

/** The saved collection in storage.local: pages a reader kept, newest first. */

const enqueue = createWriteQueue();

export class CollectionFullError extends Error {
  constructor() {
    super(`The collection holds at most ${MAX_SAVED_PAGES} pages; remove some to save more.`);
    this.name = 'CollectionFullError';
  }
}

/** The page's address without its #fragment: the identity of an entry. */
export function collectionUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function readCollection(): Promise<Collection> {
  return readRepaired(collectionItem(), repairCollection, COLLECTION_VERSIONING.version);
}

export async function listSavedPages(): Promise<SavedPage[]> {
  return (await readCollection()).pages;
}

export interface SaveOutcome {
  /** True when the page was already saved and this replaced the earlier copy. */
  replaced: boolean;
  page: SavedPage;
}

/**
 * Saves a page's claims, replacing an earlier copy of the same page (and moving it to the top).
 * Throws a zod error for an invalid page, CollectionFullError when full, and the browser's error
 * when storage is out of space.
 */
export function savePage(page: Omit<SavedPage, 'savedAt'>, now: Date = new Date()): Promise<SaveOutcome> {
  return enqueue(async () => {
    const { pages } = await readCollection();
    const url = collectionUrl(page.url);
    const others = pages.filter((saved) => saved.url !== url);
    if (others.length >= MAX_SAVED_PAGES) throw new CollectionFullError();
    const saved: SavedPage = { ...page, url, savedAt: now.toISOString() };
    const next = CollectionSchema.parse({ pages: [saved, ...others] });
    await collectionItem().setValue(next);
    return { replaced: others.length < pages.length, page: next.pages[0]! };
  });
}

/** Resolves to whether a page was removed. */
export function removeSavedPage(url: string): Promise<boolean> {
  return enqueue(async () => {
    const { pages } = await readCollection();
    const target = collectionUrl(url);
    const next = pages.filter((saved) => saved.url !== target);
    if (next.length === pages.length) return false;
    await collectionItem().setValue({ pages: next });
    return true;
  });
}

export async function isPageSaved(url: string): Promise<boolean> {
  const target = collectionUrl(url);
  return (await listSavedPages()).some((saved) => saved.url === target);
}

export function watchCollection(callback: (pages: SavedPage[]) => void, options: WatchOptions = {}): () => void {
  return watchItem(collectionItem(), repairCollection, (collection) => callback(collection.pages), options);
}
