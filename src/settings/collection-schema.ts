import { z } from 'zod/mini';
import { isPlainObject, sameJson } from './json-value.ts';
import { PAGE_LIMITS, PageMatchSchema, type PageMatch } from './page-state.ts';
import type { Repaired } from './repair-settings.ts';

/** The saved collection: pages a reader kept, with the claims MgLens found on them. */

/** storage.local holds 10 MB in Chrome; far fewer pages than that fit is still a generous library. */
export const MAX_SAVED_PAGES = 500;

export const SavedPageSchema = z.object({
  /** Without the #fragment: one page is one entry however it was reached. */
  url: z.string().check(z.minLength(1), z.maxLength(PAGE_LIMITS.url)),
  title: z.string().check(z.maxLength(PAGE_LIMITS.title)),
  savedAt: z.iso.datetime(),
  matches: z.array(PageMatchSchema).check(z.maxLength(PAGE_LIMITS.matches)),
});
export type SavedPage = z.infer<typeof SavedPageSchema>;

export const CollectionSchema = z.object({
  /** Newest first. */
  pages: z.array(SavedPageSchema).check(z.maxLength(MAX_SAVED_PAGES)),
});
export type Collection = z.infer<typeof CollectionSchema>;

export function emptyCollection(): Collection {
  return { pages: [] };
}

const PageFieldsSchema = z.omit(SavedPageSchema, { matches: true });

/** A page keeps its valid matches; a page whose own fields are broken is dropped. */
function repairPage(raw: unknown): SavedPage | null {
  const fields = PageFieldsSchema.safeParse(raw);
  if (!fields.success || !isPlainObject(raw) || !Array.isArray(raw.matches)) return null;
  const matches: PageMatch[] = [];
  for (const item of raw.matches) {
    if (matches.length >= PAGE_LIMITS.matches) break;
    const match = PageMatchSchema.safeParse(item);
    if (match.success) matches.push(match.data);
  }
  return { ...fields.data, matches };
}

/**
 * Keeps every saved page that can be read and drops the rest, so one corrupted entry never costs
 * the reader the whole collection.
 */
export function repairCollection(raw: unknown): Repaired<Collection> {
  if (raw === null || raw === undefined) return { value: emptyCollection(), repaired: false };
  if (!isPlainObject(raw) || !Array.isArray(raw.pages)) return { value: emptyCollection(), repaired: true };
  const pages: SavedPage[] = [];
  const seen = new Set<string>();
  for (const item of raw.pages) {
    if (pages.length >= MAX_SAVED_PAGES) break;
    const page = repairPage(item);
    if (page === null || seen.has(page.url)) continue;
    seen.add(page.url);
    pages.push(page);
  }
  const value = { pages };
  return { value, repaired: !sameJson(raw, value) };
}
