import { browser, type Browser } from 'wxt/browser';
import { siteOfUrl } from '../hostname.ts';
import { sendToTab } from '../messages.ts';
import { toggleAnnotation } from '../settings.ts';

/**
 * The keyboard command (manifest `commands`, Alt+Shift+M by default) flips annotation for the
 * site of the current tab by writing the settings; the content script of every tab on that site
 * follows through watchSettings, just as when the popup's switch is used.
 */
export const TOGGLE_COMMAND = 'toggle-annotation';

/**
 * The tab's site. Without the `tabs` permission a tab's URL may be hidden from the background,
 * so the content script, which knows its own page, is asked then.
 */
async function siteOfTab(tab: Browser.tabs.Tab): Promise<string | null> {
  if (tab.url !== undefined) return siteOfUrl(tab.url);
  if (tab.id === undefined) return null;
  try {
    return siteOfUrl((await sendToTab(tab.id, { type: 'get-page-state' })).url);
  } catch {
    // No content script: a browser page, where there is nothing to toggle.
    return null;
  }
}

/** Resolves to the site toggled and whether it is now annotated, or null when nothing was done. */
export async function handleCommand(
  command: string,
  tab?: Browser.tabs.Tab,
): Promise<{ site: string; active: boolean } | null> {
  if (command !== TOGGLE_COMMAND) return null;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!target) return null;
  const site = await siteOfTab(target);
  if (site === null) return null;
  return { site, active: await toggleAnnotation(site) };
}
