import { MessageError, sendToTab } from './messages.ts';
import type { PageState } from './page-state.ts';

/** What the popup can know about a tab's page. */
export type PageView =
  | { kind: 'ready'; state: PageState }
  /** No content script there: a browser page, the store, or a page loaded before install. */
  | { kind: 'unavailable' }
  | { kind: 'error'; reason: string };

export async function loadPageView(tabId: number): Promise<PageView> {
  try {
    return { kind: 'ready', state: await sendToTab(tabId, { type: 'get-page-state' }) };
  } catch (error) {
    if (error instanceof MessageError && error.code === 'no-receiver') return { kind: 'unavailable' };
    return { kind: 'error', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Resolves to whether the page still had the match (and scrolled to it). */
export async function revealMatch(tabId: number, id: string): Promise<boolean> {
  try {
    return (await sendToTab(tabId, { type: 'reveal-match', id })).found;
  } catch {
    return false;
  }
}
