import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickLocale } from '../../src/i18n/locale.ts';
import { createCardTranslator } from '../../src/i18n/card-translate.ts';
import { benchMark } from '../../src/page/bench-marks.ts';
import { createSession } from '../../src/page/session.ts';
import { textIndexReader } from '../../src/page/text-index.ts';
import '../../src/page/highlight.css';
import { sendToBackground, onMessage } from '../../src/settings/messages.ts';
import { reportClaimCount } from '../../src/settings/report.ts';
import { getSettingsAtStart, watchSettingsFromStart } from '../../src/settings/settings.ts';
import { sourceUrl } from '../../src/settings/extension-pages.ts';
import { CONTENT_MATCHES } from './matches.ts';

// Wiring only: the logic lives in src/page/session.ts and is tested there.
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;
    const initialSettings = await getSettingsAtStart();
    benchMark('settings-read');
    const session = createSession({
      hostname: location.hostname,
      reader: textIndexReader,
      // The matcher and the claim database live in the background (docs/performance.md).
      matcherFor: (languages) => ({ match: (blocks) => sendToBackground({ type: 'match-blocks', languages: [...languages], blocks: [...blocks] }) }),
      fetchCard: (subject) => sendToBackground({ type: 'card-data', subject }),
      t: createCardTranslator(pickLocale(navigator.languages)),
      initialSettings,
      reportClaimCount: (count) => void reportClaimCount(count),
      sourceHref: sourceUrl,
      onOpenSource: (source, start, end) => void sendToBackground({ type: 'open-source', source, start, end }).catch(() => {}),
      signal,
    });
    watchSettingsFromStart((settings) => session.apply(settings), { signal });
    onMessage('content', {
      'get-page-state': () => session.pageState(),
      'reveal-match': ({ id }) => ({ found: session.reveal(id) }),
    }, { signal });
  },
});
