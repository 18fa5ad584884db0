import type { ClaimBundle } from '../claims/schema.ts';
import { LANGUAGES } from '../claims/values.ts';
import type { ConceptId } from '../lexicon/concept-ids.ts';
import type { MatchLanguage } from '../settings/schema.ts';
import type { BlockMatches, MatchBlock, MatchBlocksResult } from '../settings/match-schemas.ts';
import { guessLanguage } from './language.ts';
import { createMatcher, type Matcher } from './matcher.ts';
import { isHighlightedTerm } from './term-concepts.ts';

/**
 * The matcher as a page's blocks meet it (in the background, for the content script), with two
 * reader settings applied: blocks in a language the reader did not choose are left alone, and
 * only subject terms (not the predicates the matcher also finds) are offered as bare-term
 * highlights. Each claim found comes with what the page needs to show it: grade and statement.
 */

/** The language a block is written in: its declared tag first, then a guess from its text. */
export function blockLanguage(text: string, tag: string | undefined): string | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  if (base) return base === 'no' || base === 'nn' ? 'nb' : base;
  return guessLanguage(text);
}

export interface PageMatcher {
  match(blocks: readonly MatchBlock[], languages: readonly MatchLanguage[]): MatchBlocksResult;
}

export function createPageMatcher(bundle: ClaimBundle, matcher: Matcher = createMatcher(bundle)): PageMatcher {
  const claimsById = new Map(bundle.claims.map((claim) => [claim.id, claim]));
  return {
    match(blocks, languages) {
      const wanted = new Set<string>(languages);
      const claims: MatchBlocksResult['claims'] = {};
      const results = blocks.map(({ text, lang: tag }): BlockMatches => {
        const lang = blockLanguage(text, tag);
        if (lang && !wanted.has(lang)) return { terms: [], claims: [] };
        const result = matcher.matchBlock(text, { lang });
        const found: BlockMatches['claims'] = [];
        for (const { start, end, claimId, polarity } of result.matches) {
          const claim = claimsById.get(claimId);
          if (!claim) continue;
          claims[claimId] ??= { grade: claim.strength.grade, statement: claim.statement };
          found.push({ start, end, claimId, polarity });
        }
        return {
          terms: result.terms
            .filter((t) => isHighlightedTerm(t.concept as ConceptId))
            .map(({ start, end, concept }) => ({ start, end, concept })),
          claims: found,
        };
      });
      return { results, claims };
    },
  };
}

/**
 * Blocks to warm a new matcher with: every claim statement in every language. The first text a
 * matcher meets pays for compiling the scanner's dispatch buckets it needs and for the claim
 * index's per-claim caches (measured in Node: ~1.2 s for these 345 statements cold, ~0.1 s warm);
 * matched ahead of a page, in small slices, that cost is not paid while a reader waits.
 */
export function warmUpBlocks(bundle: ClaimBundle): MatchBlock[] {
  return bundle.claims.flatMap((claim) => LANGUAGES.map((lang) => ({ text: claim.statement[lang], lang })));
}
