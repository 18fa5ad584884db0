import type { ClaimBundle } from '../claims/schema.ts';
import type { ConceptId } from '../lexicon/concept-ids.ts';
import { guessLanguage } from '../matching/language.ts';
import { createMatcher } from '../matching/matcher.ts';
import type { MatchLanguage } from '../settings/schema.ts';
import type { TextMatcher } from './annotator.ts';
import { isHighlightedTerm } from './term-concepts.ts';

/**
 * The matcher as the annotator uses it, with two reader settings applied: blocks in a language the
 * reader did not choose are left alone, and only subject terms (not the predicates the matcher
 * also finds) are offered as bare-term highlights.
 */

/** The language a block is written in: its declared tag first, then a guess from its text. */
export function blockLanguage(text: string, tag: string | undefined): string | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  if (base) return base === 'no' || base === 'nn' ? 'nb' : base;
  return guessLanguage(text);
}

export function createMatcherFor(bundle: ClaimBundle): (languages: readonly MatchLanguage[]) => TextMatcher {
  // Built as the content script starts, during page load: compiling the lexicon is one long task
  // (about 1-2 s since the lexicon grew; docs/performance.md), and built on first use it blocks
  // the page right when a reader turns MgLens on. Either way it is a known cost to remove by
  // compiling the lexicon faster (or at build time), not by moving it.
  const built = createMatcher(bundle);
  return (languages) => {
    const wanted = new Set<string>(languages);
    return {
      match(text, tag) {
        const lang = blockLanguage(text, tag);
        if (lang && !wanted.has(lang)) return { terms: [], claims: [] };
        const result = built.matchBlock(text, { lang });
        return {
          terms: result.terms
            .filter((t) => isHighlightedTerm(t.concept as ConceptId))
            .map(({ start, end, concept }) => ({ start, end, concept })),
          claims: result.matches.map(({ start, end, claimId, polarity }) => ({ start, end, claimId, polarity })),
        };
      },
    };
  };
}
