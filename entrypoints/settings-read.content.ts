import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSettingsRead, warmBackgroundUnlessOff } from '../src/settings/early-read.ts';
import { CONTENT_MATCHES } from './content/matches.ts';

// Starts the settings read while the page is still loading, for the main content script
// (entrypoints/content), which runs at document_idle, and wakes the background so that its
// matcher is ready by then; see src/settings/early-read.ts.
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_start',
  main() {
    void warmBackgroundUnlessOff(startSettingsRead());
  },
});
