import { defineContentScript } from 'wxt/utils/define-content-script';
import Mark from 'mark.js';

// Foundation placeholder: proves the content script runs and mark.js is bundled.
// Replaced by the real annotation pipeline (src/page/) in the highlighting work.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    new Mark(document.body).markRegExp(/magnesium/giu, { element: 'mark', each: (el) => el.setAttribute('data-mglens', 'term') });
  },
});
