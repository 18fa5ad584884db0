import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearClaimCount, initBadge, showClaimCount } from '../src/settings/background/badge.ts';
import { badgeTitle } from '../src/settings/background/badge-title.ts';
import { handleCommand } from '../src/settings/background/toggle-command.ts';
import { openSource } from '../src/settings/extension-pages.ts';
import { onMessage } from '../src/settings/messages.ts';

// Listeners are added synchronously: an MV3 service worker woken by an event only delivers it
// to listeners registered in its first turn.
export default defineBackground(() => {
  void initBadge();

  onMessage('background', {
    'page-state-changed': async ({ claimCount }, sender) => {
      // The channel accepts only this extension's content scripts in a tab's top frame.
      if (sender.tab?.id !== undefined) await showClaimCount(sender.tab.id, claimCount, badgeTitle(claimCount));
      return {};
    },
    'open-source': async ({ source, start, end }) => {
      await openSource(source, start, end);
      return {};
    },
  });

  // A new document in the tab: the old count is stale until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearClaimCount(tabId, badgeTitle(0));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(command, tab).catch((error: unknown) => console.error('[MgLens] command failed', error));
  });
});
