import type { ClaimBundle } from '../claims/schema.ts';
import type { ConceptId } from '../lexicon/concept-ids.ts';
import { guessLanguage } from '../matching/language.ts';
import { createMatcher, type Matcher } from '../matching/matcher.ts';
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
  // Built when first asked for: on a site where MgLens is off, the lexicon is never compiled
  // (the costliest thing the content script does before its first highlight).
  let matcher: Matcher | undefined;
  return (languages) => {
    const built = (matcher ??= createMatcher(bundle));
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
