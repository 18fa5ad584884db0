import { browser } from 'wxt/browser';

/**
 * The toolbar badge: the number of claims highlighted in each tab. The badge is per tab, so
 * switching tabs shows each tab's own count without the background tracking anything.
 */

/** Dark enough for white text at WCAG AA in light and dark browser themes. */
export const BADGE_BACKGROUND = '#1f4e79';

/** Chrome MV3 calls it `action`, Firefox MV2 `browserAction`; their badge methods match. */
function toolbarButton(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** The badge has room for about four characters. */
export function badgeText(claimCount: number): string {
  if (!Number.isFinite(claimCount) || claimCount <= 0) return '';
  return claimCount > 999 ? '999+' : String(Math.floor(claimCount));
}

export async function initBadge(): Promise<void> {
  await toolbarButton()?.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
}

/**
 * Shows a tab's count; `title` is what screen readers and tooltips say, since the badge
 * itself is only seen. A tab that closed meanwhile is not an error.
 */
export async function showClaimCount(tabId: number, claimCount: number, title: string): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  try {
    await button.setBadgeText({ tabId, text: badgeText(claimCount) });
    await button.setTitle({ tabId, title });
  } catch {
    // The tab is gone; nothing to show.
  }
}

/** After the tab starts loading another document: its count belonged to the old one. */
export function clearClaimCount(tabId: number, title: string): Promise<void> {
  return showClaimCount(tabId, 0, title);
}
