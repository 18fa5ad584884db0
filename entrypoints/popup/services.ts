import { getSettings, setEnabled, setSiteActive, watchSettings } from '../../src/settings/settings.ts';
import { savePage } from '../../src/settings/collection.ts';
import { openExplorer, openOptions } from '../../src/settings/extension-pages.ts';
import { onPageStateChanged } from '../../src/settings/messages.ts';
import { loadPageView, revealMatch } from '../../src/settings/page-requests.ts';
import { showTargetTab, type TargetTab } from '../../src/settings/target-tab.ts';
import type { PopupServices } from '../../src/ui/popup/services.ts';

/** Wires the popup to the settings, the collection and the content script of its tab. */
export function createPopupServices(target: TargetTab | null): PopupServices {
  const close = () => window.close();
  return {
    loadSettings: getSettings,
    watchSettings: (callback) => watchSettings(callback),
    setEnabled,
    setSiteActive,
    loadPage: async () => (target === null ? { kind: 'unavailable' } : loadPageView(target.id)),
    watchPage: (callback) => (target === null ? () => undefined : onPageStateChanged(target.id, callback)),
    reveal: async (id) => target !== null && revealMatch(target.id, id),
    savePage: (state) => savePage({ url: state.url, title: state.title, matches: state.matches }),
    openOptions: async () => {
      await openOptions();
      if (!target?.fromQuery) close();
    },
    openExplorer: async () => {
      await openExplorer();
      if (!target?.fromQuery) close();
    },
    afterReveal: async () => {
      if (target === null) return;
      if (target.fromQuery) await showTargetTab(target);
      else close();
    },
  };
}
