import type { ConceptId } from '../lexicon/concept-ids.ts';
import { ACCOUNTS_FOR, ANTONYMS, CORE, PREDICATES } from '../lexicon/concept-roles.ts';
import { lexicon, type CompiledLexicon } from '../lexicon/compile.ts';
import { findTerms, type TermHit } from '../lexicon/find-terms.ts';
import { ClaimIndex, type Candidate, type MatchableClaim } from './claim-index.ts';
import { statementFacts } from './statement-facts.ts';
import { guessLanguage } from './language.ts';
import { CONTRAST, conditionalSpans, embeddedQuestionSpans, isNegated, isPolarQuestion, polarityOf, within } from './polarity.ts';
import type { ClaimMatch, TermMatch, TextMatch } from './schema.ts';
import { splitSentences } from './sentences.ts';

/**
 * The matcher: terms in a text, and the claim each sentence makes.
 *
 * Per block of text: one lexicon pass finds the terms; sentences come from the segmenter; each
 * sentence's concept set is the union of its terms' concepts (with implications); the claim index
 * returns the claims whose whole signature the sentence contains, leaving out yes/no questions
 * and claims only asked about in an embedded question ("whether ..."); the best one is kept:
 *   0. not split by a contrast: a claim whose predicate is met only on the other side of "but"
 *      from its topic, which that side pairs with another predicate, comes last ("won't cure
 *      your migraine, but it can ease the symptoms" is no claim that magnesium eases migraine),
 *   1. the most concepts (signature with implications: the contract with the claim database),
 *   2. met directly rather than through an antonym predicate,
 *   3. more topics (a form, a condition, a mechanism) rather than magnesium and a predicate, so
 *      "magnesium glycinate helps migraine" beats "magnesium prevents migraine" for a sentence
 *      about glycinate,
 *   3b. met by terms the sentence asserts, not only by terms in a conditional clause ("magnesium
 *      does not cause diarrhoea if you stick to normal doses" is about diarrhoea, not doses),
 *   4. the claim whose own statement (in any of its languages) says more of what the sentence
 *      says: most shared concepts, counting what terms say, not what they only read as
 *      ("calms over-excited neurons" is the calming claim, not the one about nerve function),
 *   4b. said rather than only read: a claim whose concepts the sentence names beats one it meets
 *      only through what a term reads as ("too much magnesium gives you diarrhoea" is the
 *      laxative claim; diarrhoea reads as the digestive upset of another claim, which wins only
 *      when the sentence shares more of it: "the most common side effect ... is diarrhoea"),
 *   5. the rarer subject concepts (summed inverse frequency across the database),
 *   6. the tightest cluster of the signature's terms in the sentence,
 *   7. bundle order.
 * Polarity: negation governing the claim's predicate, relative to the claim statement's own.
 * Cost: linear in the text, plus a small constant per sentence with terms; no per-claim passes.
 */

export interface MatchOptions {
  /** Language of the text if known (page markup); guessed otherwise. */
  readonly lang?: string | undefined;
}

export interface Matcher {
  /** Terms and claim matches in `text`, offsets relative to it. Blank lines separate blocks. */
  matchText(text: string, lang?: string): TextMatch;
  /** One block (a paragraph, a list item): as matchText, without looking for blank lines. */
  matchBlock(text: string, options?: MatchOptions): TextMatch;
}

export interface MatcherBundle {
  readonly claims: readonly MatchableClaim[];
}

const BLOCK_SEPARATOR = /\n[ \t\r]*\n/g;
/** A sentence that goes on asking after a question: "Curious what dose you used." */
const ASKING_ON = /^[\s\p{P}]*(?:(?:just |i'?m |i am )?(?:curious|wondering)|i wonder|lurer på|jeg lurer|undrer meg|чудя се|интересно ми е|питам се)(?!\p{L})/iu;

export function createMatcher(bundle: MatcherBundle, compiled: CompiledLexicon = lexicon()): Matcher {
  const index = new ClaimIndex(bundle.claims);
  /** What each claim's own statements say (ranking step 4, polarity): from the bundle, or read once here. */
  // Stored facts were read with the default lexicon: a matcher given another one reads them anew.
  const storedFactsApply = compiled === lexicon();
  const factsByClaim = new Map<string, { concepts: ReadonlySet<ConceptId>; negated: boolean }>();
  function saidBy(claim: MatchableClaim): { concepts: ReadonlySet<ConceptId>; negated: boolean } {
    let cached = factsByClaim.get(claim.id);
    if (!cached) {
      const facts = (storedFactsApply ? claim.said : undefined) ?? statementFacts(claim, compiled);
      cached = { concepts: new Set(facts.concepts), negated: facts.negated };
      factsByClaim.set(claim.id, cached);
    }
    return cached;
  }

  function matchBlock(text: string, options: MatchOptions = {}): TextMatch {
    const hits = findTerms(text, compiled);
    const terms: TermMatch[] = hits.map(({ text: t, concept, start, end }) => ({ text: t, concept, start, end }));
    if (hits.length === 0) return { terms, matches: [] };
    const lang = options.lang ?? guessLanguage(text);
    const matches: ClaimMatch[] = [];
    let k = 0;
    // The terms of a yes/no question just before: its answer ("Can magnesium help migraine? Yes,
    // for many it eases an attack.") says of them what its own terms say.
    let question: TermHit[] = [];
    for (const span of splitSentences(text, lang)) {
      while (k < hits.length && (hits[k] as TermHit).end <= span.start) k++;
      const inside: TermHit[] = [];
      for (let j = k; j < hits.length && (hits[j] as TermHit).start < span.end; j++) inside.push(hits[j] as TermHit);
      const sentence = text.slice(span.start, span.end);
      // "Curious what dose you used", "lurer på ...": the question goes on, no answer to it.
      const context = ASKING_ON.test(sentence) ? [] : question;
      question = isPolarQuestion(sentence) ? inside : [];
      if (inside.length === 0 || inside.length + context.length < 2) continue;
      const match = matchSentence(sentence, span.start, inside, lang, context);
      if (match) matches.push(match);
    }
    return { terms, matches };
  }

  function matchSentence(
    sentence: string,
    offset: number,
    termsInBlock: TermHit[],
    lang: string | undefined,
    context: readonly TermHit[] = [],
  ): ClaimMatch | null {
    const concepts = new Set<ConceptId>();
    for (const t of [...termsInBlock, ...context]) for (const c of t.concepts) concepts.add(c);
    for (const [specific, general] of Object.entries(ACCOUNTS_FOR)) {
      if (concepts.has(specific as ConceptId)) for (const g of general) concepts.delete(g);
    }
    let candidates = index.candidates(concepts);
    if (candidates.length === 0 || isPolarQuestion(sentence)) return null;
    const terms = termsInBlock.map((t) => ({ ...t, start: t.start - offset, end: t.end - offset }));
    if (context.length > 0) {
      // An answer takes its topics from the question, but says its predicates itself: every
      // predicate of the claim, and at least one concept beyond magnesium, is in the answer.
      const own = new Set<ConceptId>();
      for (const t of terms) for (const c of t.concepts) own.add(c);
      const met = (k: ConceptId): boolean => own.has(k) || own.has(ANTONYMS[k] as ConceptId);
      candidates = candidates.filter(
        (c) => c.indexed.required.every((k) => !PREDICATES.has(k) || met(k)) && c.indexed.required.some((k) => !CORE.has(k) && met(k)),
      );
      if (candidates.length === 0) return null;
    }
    // What the sentence says, without what its terms only read as (READS_AS).
    const said = new Set<ConceptId>();
    for (const t of [...terms, ...context]) for (const c of t.concepts) if (!t.readAs.includes(c) && concepts.has(c)) said.add(c);
    const asserted = new Set<ConceptId>();
    const conditional = conditionalSpans(sentence);
    for (const t of terms) if (!within(conditional, t)) for (const c of t.concepts) asserted.add(c);
    for (const t of context) for (const c of t.concepts) asserted.add(c);
    // A claim some of whose concepts are only asked about ("will test whether magnesium reduces
    // migraine days") is not made.
    const questioned = embeddedQuestionSpans(sentence);
    if (questioned.length > 0) {
      const stated = new Set<ConceptId>();
      for (const t of terms) if (!within(questioned, t)) for (const c of t.concepts) stated.add(c);
      candidates = candidates.filter((c) => c.indexed.required.every((k) => stated.has(k) || stated.has(ANTONYMS[k] as ConceptId)));
      if (candidates.length === 0) return null;
    }
    const scored = candidates.map((c) => {
      const statement = saidBy(c.indexed.claim).concepts;
      let overlap = 0;
      for (const k of said) if (statement.has(k)) overlap++;
      const onlyConditional = c.indexed.required.some((k) => !asserted.has(k) && !asserted.has(ANTONYMS[k] as ConceptId));
      const onlyRead = c.indexed.required.some((k) => !said.has(k) && !said.has(ANTONYMS[k] as ConceptId));
      const split = splitByContrast(sentence, terms, c.indexed.required);
      return { c, overlap, onlyConditional, onlyRead, split, compactness: compactness(sentence, terms, c.indexed.required) };
    });
    scored.sort(
      (a, b) =>
        Number(a.split) - Number(b.split) ||
        compare(a.c, b.c) ||
        b.c.indexed.topics - a.c.indexed.topics ||
        Number(a.onlyConditional) - Number(b.onlyConditional) ||
        b.overlap - a.overlap ||
        Number(a.onlyRead) - Number(b.onlyRead) ||
        b.c.indexed.information - a.c.indexed.information ||
        b.compactness - a.compactness ||
        a.c.indexed.order - b.c.indexed.order,
    );
    const best = scored[0] as (typeof scored)[number];
    const { indexed, viaAntonym } = best.c;
    const negated = isNegated({ text: sentence, terms, required: indexed.required, viaAntonym, lang });
    return {
      sentence,
      start: offset,
      end: offset + sentence.length,
      claimId: indexed.claim.id,
      polarity: polarityOf(negated, saidBy(indexed.claim).negated),
      score: round(indexed.rank + best.compactness),
      concepts: [...indexed.required],
    };
  }

  return {
    matchBlock,
    matchText(text, lang) {
      const terms: TermMatch[] = [];
      const matches: ClaimMatch[] = [];
      let start = 0;
      const ends = [...text.matchAll(BLOCK_SEPARATOR)].map((m) => [m.index, m.index + m[0].length] as const);
      ends.push([text.length, text.length]);
      for (const [end, next] of ends) {
        const block = text.slice(start, end);
        const r = matchBlock(block, { lang });
        for (const t of r.terms) terms.push({ ...t, start: t.start + start, end: t.end + start });
        for (const m of r.matches) matches.push({ ...m, start: m.start + start, end: m.end + start });
        start = next;
      }
      return { terms, matches };
    },
  };
}

/** Orders candidates by the rules 1-2 of the module comment; 0 when they tie. */
function compare(a: Candidate, b: Candidate): number {
  return b.indexed.rank - a.indexed.rank || Number(a.viaAntonym) - Number(b.viaAntonym);
}

/**
 * Whether a claim's predicate and its topics are only met on opposite sides of a contrast ("won't
 * cure your migraine, but it can ease the symptoms" says nothing about easing migraine): no part of
 * the sentence between contrast words holds both a predicate term and a term for every topic, and
 * the part that names the topics says something else of them (another predicate: "cure"). A
 * pronoun may stand for magnesium or the topic ("oxide is cheap, but most of it is never
 * absorbed"). Claims without a predicate or topic are never split.
 */
function splitByContrast(sentence: string, terms: readonly TermHit[], required: readonly ConceptId[]): boolean {
  const predicates = required.filter((k) => PREDICATES.has(k));
  const topics = required.filter((k) => !PREDICATES.has(k) && !CORE.has(k));
  if (predicates.length === 0 || topics.length === 0) return false;
  const cuts = [0];
  const re = new RegExp(CONTRAST.source, 'giu');
  for (const m of sentence.matchAll(re)) cuts.push(m.index);
  cuts.push(sentence.length);
  const has = (k: ConceptId, from: number, to: number): boolean =>
    terms.some((t) => t.start >= from && t.end <= to && (t.concepts.includes(k) || t.concepts.includes(ANTONYMS[k] as ConceptId)));
  const own = new Set<ConceptId>(predicates.flatMap((k) => [k, ANTONYMS[k]].filter((x): x is ConceptId => x !== undefined)));
  let elsewhere = false;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    if (!topics.every((k) => has(k, from, to))) continue;
    if (predicates.some((k) => has(k, from, to))) return false;
    elsewhere ||= terms.some((t) => t.start >= from && t.end <= to && t.concepts.some((k) => PREDICATES.has(k) && !own.has(k)));
  }
  return elsewhere;
}

/**
 * In (0, 1]: how tightly the signature's terms cluster: the signature's size over the number of
 * words in the smallest window of the sentence that holds a term for every required concept.
 */
function compactness(sentence: string, terms: readonly TermHit[], required: readonly ConceptId[]): number {
  const relevant = terms
    .map((t) => ({ t, covers: required.filter((k) => t.concepts.includes(k)) }))
    .filter((x) => x.covers.length > 0);
  const need = new Set(required);
  const count = new Map<ConceptId, number>();
  let covered = 0;
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < relevant.length; hi++) {
    for (const k of (relevant[hi] as (typeof relevant)[number]).covers) {
      count.set(k, (count.get(k) ?? 0) + 1);
      if (count.get(k) === 1 && need.has(k)) covered++;
    }
    while (covered === need.size && lo <= hi) {
      const from = (relevant[lo] as (typeof relevant)[number]).t.start;
      const to = (relevant[hi] as (typeof relevant)[number]).t.end;
      best = Math.min(best, sentence.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 1);
      for (const k of (relevant[lo] as (typeof relevant)[number]).covers) {
        count.set(k, (count.get(k) ?? 0) - 1);
        if (count.get(k) === 0) covered--;
      }
      lo++;
    }
  }
  return Number.isFinite(best) ? Math.min(1, required.length / Math.max(best, 1)) : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
