import { browser } from 'wxt/browser';

/**
 * The tab the popup speaks about. Opened from the toolbar it is the active tab of the current
 * window; opened as an ordinary tab at popup.html?tab=<id> (how end-to-end tests drive it) it is
 * the tab named there.
 */
export interface TargetTab {
  id: number;
  /** Chosen by `?tab=`: the popup is a tab of its own, so it must not close itself. */
  fromQuery: boolean;
}

export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

export async function resolveTargetTab(search: string): Promise<TargetTab | null> {
  const queried = tabIdFromQuery(search);
  if (queried !== null) {
    try {
      const tab = await browser.tabs.get(queried);
      return tab?.id === undefined ? null : { id: tab.id, fromQuery: true };
    } catch {
      return null;
    }
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id === undefined ? null : { id: active.id, fromQuery: false };
}

/** After revealing a sentence, show its tab: the popup closes itself, a popup tab brings the page forward. */
export async function showTargetTab(target: TargetTab): Promise<void> {
  if (target.fromQuery) await browser.tabs.update(target.id, { active: true });
}
