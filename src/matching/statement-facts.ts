import { LANGUAGES } from '../claims/values.ts';
import { lexicon, type CompiledLexicon } from '../lexicon/compile.ts';
import type { ConceptId } from '../lexicon/concept-ids.ts';
import { findTerms } from '../lexicon/find-terms.ts';
import { signatureOf, type MatchableClaim, type StatementFacts } from './claim-index.ts';
import { isNegated } from './polarity.ts';

/**
 * What a claim's own statements say, as the matcher reads them when it ranks candidates and
 * decides polarity: the concepts they mention (what terms say, not what they only read as:
 * "laxative" is no stomach upset here) and whether at least two of the three languages deny the
 * claim ("magnesium is not a cure").
 *
 * Reading them means running the lexicon over every statement, and on a cold matcher that
 * compiles the scanner buckets those words need: measured in Node, ~110 ms of a 180 ms first
 * match of a page's first screen. The build therefore writes them into the bundle (`said`); the
 * matcher computes them only for claims that come without (the full database, test claims).
 */
export function statementFacts(claim: MatchableClaim, compiled: CompiledLexicon = lexicon()): StatementFacts {
  const required = signatureOf(claim);
  const concepts = new Set<ConceptId>(claim.concepts);
  let denials = 0;
  for (const lang of LANGUAGES) {
    const text = claim.statement[lang];
    const terms = findTerms(text, compiled);
    for (const t of terms) for (const c of t.concepts) if (!t.readAs.includes(c)) concepts.add(c);
    if (isNegated({ text, terms, required, lang })) denials += 1;
  }
  return { concepts: [...concepts], negated: denials >= 2 };
}
