import type { Grade } from '../../../src/claims/schema.ts';
import type { AnnotatorOptions, TextMatcher } from '../../../src/page/annotator.ts';
import type { ClaimFound, TermFound } from '../../../src/settings/match-schemas.ts';
import { textIndexReader } from '../../../src/page/text-index.ts';
import { batchMatcher } from '../page/fakes.ts';

/**
 * A deterministic stand-in for the real matcher that finds claims and terms at many positions:
 * every word starting with a magnesium or migraine stem (en, nb, bg) is a term, and every
 * sentence (ended by . ! ? or the end of the text, possibly across line breaks) that names both
 * is a claim. Claims therefore start and end anywhere a page's markup can put them.
 */

const TERM = /(?<![\p{L}\p{N}])(?:magnes|магнез|migr|мигрен|hodepine|главобол)[\p{L}\p{M}]*/giu;
const SUBSTANCE = /magnes|магнез/iu;
const CONDITION = /migr|мигрен|hodepine|главобол/iu;
const DENIAL = /(?<![\p{L}])(?:not|ikke|не)(?![\p{L}])/iu;

const GRADES: Grade[] = ['very-low', 'low', 'moderate', 'high'];
const statement = { en: 'A claim.', nb: 'En påstand.', bg: 'Твърдение.' };

export function stemMatcher(): TextMatcher {
  return batchMatcher(
    (text) => {
      const terms: TermFound[] = [...text.matchAll(TERM)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        concept: SUBSTANCE.test(m[0]) ? 'magnesium' : 'migraine',
      }));
      const claims: ClaimFound[] = [];
      for (const m of text.matchAll(/[^.!?]+[.!?]*/gu)) {
        const lead = m[0].length - m[0].trimStart().length;
        const sentence = m[0].trim();
        if (!SUBSTANCE.test(sentence) || !CONDITION.test(sentence)) continue;
        const start = m.index + lead;
        claims.push({
          start,
          end: start + sentence.length,
          claimId: `claim-${sentence.length % 7}`,
          polarity: DENIAL.test(sentence) ? 'denies' : 'affirms',
        });
      }
      return { terms, claims };
    },
    (id) => ({ grade: GRADES[Number(id.slice(-1)) % GRADES.length]!, statement }),
  );
}

/** Annotator options around the stem matcher: every grade shown, terms on. */
export function reliabilityOptions(signal: AbortSignal, extra: Partial<AnnotatorOptions> = {}): AnnotatorOptions {
  return {
    reader: textIndexReader,
    matcher: stemMatcher(),
    describeClaim: (item) => `Claim ${item.claimId}`,
    settings: () => ({ highlightTerms: true, minGrade: 'very-low', style: 'colour-blind-safe' }),
    signal,
    ...extra,
  };
}
