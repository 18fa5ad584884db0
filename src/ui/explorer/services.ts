import type { SavedPage } from '../../settings/collection-schema.ts';

/**
 * What the explorer does outside itself: the saved collection in storage. The entrypoint wires it
 * to src/settings; tests hand in an in-memory one, so the components never touch a browser API.
 */
export interface ExplorerServices {
  listSavedPages(): Promise<SavedPage[]>;
  watchSavedPages(callback: (pages: SavedPage[]) => void): () => void;
  /** Resolves to whether the page was removed. */
  removeSavedPage(url: string): Promise<boolean>;
  now(): Date;
}
