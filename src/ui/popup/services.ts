import type { SaveOutcome } from '../../settings/collection.ts';
import type { PageView } from '../../settings/page-requests.ts';
import type { PageState } from '../../settings/page-state.ts';
import type { Settings } from '../../settings/schema.ts';

/**
 * Everything the popup does outside itself. The entrypoint wires these to src/settings and the
 * browser; tests hand in their own, so the components never touch a browser API.
 */
export interface PopupServices {
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  setEnabled(enabled: boolean): Promise<unknown>;
  setSiteActive(site: string, active: boolean): Promise<unknown>;
  loadPage(): Promise<PageView>;
  /** Calls back when the page reports new highlights, so the view can reload. */
  watchPage(callback: () => void): () => void;
  /** Resolves to whether the page still had the sentence. */
  reveal(matchId: string): Promise<boolean>;
  savePage(state: PageState): Promise<SaveOutcome>;
  openOptions(): Promise<void>;
  openExplorer(): Promise<void>;
  /** After a sentence is revealed: close the popup, or bring the page's tab forward. */
  afterReveal(): Promise<void>;
}
