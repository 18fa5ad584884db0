import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardData } from '../src/claims/card-data.ts';
import { loadClaimBundle } from '../src/claims/database.ts';
import { createPageMatcher, warmUpBlocks, type PageMatcher } from '../src/matching/page-matcher.ts';
import { MATCH_LANGUAGES } from '../src/settings/schema.ts';
import { clearClaimCount, initBadge, showClaimCount } from '../src/settings/background/badge.ts';
import { badgeTitle } from '../src/settings/background/badge-title.ts';
import { handleCommand } from '../src/settings/background/toggle-command.ts';
import { openSource } from '../src/settings/extension-pages.ts';
import { onMessage } from '../src/settings/messages.ts';

const WARM_UP_SLICE_MS = 4;

// Listeners are added synchronously: an MV3 service worker woken by an event only delivers it
// to listeners registered in its first turn.
export default defineBackground(() => {
  void initBadge();

  // Built on first use and kept while the background lives; the content script that runs at a
  // page's document_start asks for it (warm-up), so it is usually ready when the page's text comes.
  let matcher: PageMatcher | undefined;
  const pageMatcher = () => (matcher ??= createPageMatcher(loadClaimBundle()));
  // Then warmed, statement by statement in tasks of a few milliseconds, so that a page's request
  // waits little behind it (a cold statement can take 10 ms: six per task made the first screen
  // wait up to 40 ms).
  let warming = false;
  const warmUp = () => {
    if (warming) return;
    warming = true;
    const queue = warmUpBlocks(loadClaimBundle());
    const step = () => {
      const start = performance.now();
      do pageMatcher().match(queue.splice(0, 1), MATCH_LANGUAGES);
      while (queue.length > 0 && performance.now() - start < WARM_UP_SLICE_MS);
      if (queue.length > 0) setTimeout(step, 0);
    };
    setTimeout(step, 0);
  };

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
    'match-blocks': ({ blocks, languages }) => {
      warmUp();
      return pageMatcher().match(blocks, languages);
    },
    'card-data': ({ subject }) => cardData(loadClaimBundle(), subject),
    'warm-up': () => {
      warmUp();
      return {};
    },
  });

  // A new document in the tab: the old count is stale until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void clearClaimCount(tabId, badgeTitle(0));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(command, tab).catch((error: unknown) => console.error('[MgLens] command failed', error));
  });
});
