import type { ConceptId } from '../lexicon/concept-ids.ts';
import { ANTONYMS, CORE, PREDICATES, closure } from '../lexicon/concept-roles.ts';

/** What the matcher needs of a claim; the full database and the slim bundle both qualify. */
export interface MatchableClaim {
  readonly id: string;
  readonly concepts: readonly ConceptId[];
  readonly statement: { readonly en: string; readonly nb: string; readonly bg: string };
  /** What the statements say, read at build time (see statement-facts.ts); computed when absent. */
  readonly said?: StatementFacts | undefined;
}

/** The concepts a claim's statements mention (with its own), and whether they deny it. */
export interface StatementFacts {
  readonly concepts: readonly ConceptId[];
  readonly negated: boolean;
}

/** The claim's signature: its concepts, each once. */
export function signatureOf(claim: Pick<MatchableClaim, 'concepts'>): ConceptId[] {
  return [...new Set(claim.concepts)];
}

export interface IndexedClaim {
  readonly claim: MatchableClaim;
  /** Position in the bundle: the last, deterministic tie-break. */
  readonly order: number;
  /** The signature: every one must be among the sentence's concepts. */
  readonly required: readonly ConceptId[];
  /** How many concepts the signature covers with implications (the contract's "most concepts"). */
  readonly rank: number;
  /**
   * Signature concepts that say what the claim is about besides magnesium (not magnesium, its
   * deficiency or level, not a predicate): a form, a condition, a mechanism. More is more specific.
   */
  readonly topics: number;
  /**
   * Sum over the signature's non-predicate concepts of log(claims / claims with the concept):
   * rarer subjects say more. Predicates are left out: a rare verb does not make a claim specific;
   * so is generic pain (GENERIC), which every painful condition brings along.
   */
  readonly information: number;
}

/**
 * Concepts that say little about which claim a sentence makes when a more specific one is there:
 * "it eases the pain" in a sentence about a migraine attack is the migraine's pain.
 */
const GENERIC: ReadonlySet<ConceptId> = new Set<ConceptId>(['pain']);

/** A claim whose signature a sentence contains, directly or through an antonym predicate. */
export interface Candidate {
  readonly indexed: IndexedClaim;
  /** A predicate was read through its antonym ("not well absorbed" for "poorly absorbed"). */
  readonly viaAntonym: boolean;
}

/**
 * Finds candidate claims for a sentence's concept set without looking at every claim: each claim
 * is filed under the rarest concept of its signature, and only claims filed under a concept the
 * sentence has are checked. Construction is O(claims); a lookup is O(concepts in the sentence
 * times claims per anchor).
 */
export class ClaimIndex {
  private readonly byAnchor = new Map<ConceptId, IndexedClaim[]>();
  readonly claims: readonly IndexedClaim[];

  constructor(claims: readonly MatchableClaim[]) {
    const frequency = new Map<ConceptId, number>();
    for (const c of claims) for (const k of new Set(c.concepts)) frequency.set(k, (frequency.get(k) ?? 0) + 1);
    this.claims = claims.map((claim, order) => {
      const required = signatureOf(claim);
      const expanded = new Set(required.flatMap(closure));
      return {
        claim,
        order,
        required,
        rank: expanded.size,
        topics: required.filter((k) => !CORE.has(k) && !PREDICATES.has(k)).length,
        information: required
          .filter((k) => !PREDICATES.has(k) && !GENERIC.has(k))
          .reduce((sum, k) => sum + Math.log(claims.length / (frequency.get(k) ?? 1)), 0),
      };
    });
    for (const indexed of this.claims) {
      const anchor = [...indexed.required].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0))[0];
      if (anchor === undefined) continue;
      for (const key of [anchor, ANTONYMS[anchor]].filter((k): k is ConceptId => k !== undefined)) {
        const list = this.byAnchor.get(key);
        if (list) list.push(indexed);
        else this.byAnchor.set(key, [indexed]);
      }
    }
  }

  /** Claims whose every concept the sentence has; a concept may be met by its antonym. */
  candidates(concepts: ReadonlySet<ConceptId>): Candidate[] {
    const seen = new Set<IndexedClaim>();
    const out: Candidate[] = [];
    for (const concept of concepts) {
      for (const indexed of this.byAnchor.get(concept) ?? []) {
        if (seen.has(indexed)) continue;
        seen.add(indexed);
        let viaAntonym = false;
        let ok = true;
        for (const k of indexed.required) {
          if (concepts.has(k)) continue;
          const other = ANTONYMS[k];
          // Only a claim about something specific ("oxide is poorly absorbed") is contradicted by
          // its antonym; "forms absorb better" says nothing against "magnesium is often poorly absorbed".
          if (other !== undefined && concepts.has(other) && indexed.topics > 0) viaAntonym = true;
          else {
            ok = false;
            break;
          }
        }
        if (ok) out.push({ indexed, viaAntonym });
      }
    }
    return out;
  }
}
