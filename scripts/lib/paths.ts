import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');
export const TEST_PAGES = resolve(ROOT, 'tests/e2e/pages');
export const DEMO_PAGES = resolve(ROOT, 'demo');
export const ARTIFACTS = resolve(ROOT, 'test-results');
