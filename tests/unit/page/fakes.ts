import type { BlockMatches, ClaimSummary } from '../../../src/page/block-plan.ts';
import type { TextMatcher } from '../../../src/page/annotator.ts';

const statement = { en: 'Magnesium blocks NMDA receptors.', nb: 'Magnesium blokkerer NMDA-reseptorer.', bg: 'Магнезият блокира NMDA рецепторите.' };

/**
 * A matcher answering like the background does (asynchronously, a batch at a time, with a summary
 * of every claim it names) from a function that matches one block.
 */
export function batchMatcher(
  matchOne: (text: string, lang?: string) => BlockMatches,
  summaryOf: (claimId: string) => ClaimSummary = () => ({ grade: 'low', statement }),
): TextMatcher & { requests: number } {
  const matcher = {
    requests: 0,
    async match(blocks: readonly { text: string; lang?: string }[]) {
      matcher.requests += 1;
      await Promise.resolve();
      const results = blocks.map((block) => matchOne(block.text, block.lang));
      const claims: Record<string, ClaimSummary> = {};
      for (const result of results) for (const claim of result.claims) claims[claim.claimId] = summaryOf(claim.claimId);
      return { results, claims };
    },
  };
  return matcher;
}

/** Terms: "magnesium"; a claim (id given): any paragraph with "blocks"; "not" makes it a denial. */
export function fakeMatcher(claimId = 'c1'): TextMatcher & { requests: number } {
  return batchMatcher((text) => {
    const terms = [...text.matchAll(/magnesium/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length, concept: 'magnesium' }));
    const polarity = /\bnot\b/.test(text) ? ('denies' as const) : ('affirms' as const);
    const claims = /blocks/.test(text) ? [{ start: 0, end: text.length, claimId, polarity }] : [];
    return { terms, claims };
  });
}
