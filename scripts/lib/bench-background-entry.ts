import { loadClaimBundle } from '../../src/claims/database.ts';
import { createPageMatcher, warmUpBlocks } from '../../src/matching/page-matcher.ts';
import { pageBlocksInOrder } from '../../src/page/text-index.ts';
import { MATCH_LANGUAGES } from '../../src/settings/schema.ts';

/**
 * The background's share of annotating a page, run in a page for the benchmark (global
 * `MgLensBackground`): a matcher built and warmed as the background builds and warms it, then
 * the page's blocks matched in the annotator's batches. Reading the blocks is not timed (the
 * content script's main-thread figures hold it).
 */
export function matchPage(): { buildMs: number; warmMs: number; matchMs: number; claims: number } {
  const t0 = performance.now();
  const bundle = loadClaimBundle();
  const matcher = createPageMatcher(bundle);
  const t1 = performance.now();
  matcher.match(warmUpBlocks(bundle), MATCH_LANGUAGES);
  const t2 = performance.now();
  const blocks = pageBlocksInOrder(document.body).map((block) => (block.lang ? { text: block.text, lang: block.lang } : { text: block.text }));
  const t3 = performance.now();
  let claims = 0;
  for (let i = 0; i < blocks.length; i += 100) {
    for (const result of matcher.match(blocks.slice(i, i + 100), MATCH_LANGUAGES).results) claims += result.claims.length;
  }
  return { buildMs: t1 - t0, warmMs: t2 - t1, matchMs: performance.now() - t3, claims };
}
