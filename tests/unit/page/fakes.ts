import type { TextMatcher } from '../../../src/page/annotator.ts';

/** Terms: "magnesium"; a claim (id given): any paragraph with "blocks"; "not" makes it a denial. */
export function fakeMatcher(claimId = 'c1'): TextMatcher {
  return {
    match(text) {
      const terms = [...text.matchAll(/magnesium/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length, concept: 'magnesium' as const }));
      const polarity = /\bnot\b/.test(text) ? ('denies' as const) : ('affirms' as const);
      const claims = /blocks/.test(text) ? [{ start: 0, end: text.length, claimId, polarity }] : [];
      return { terms, claims };
    },
  };
}
