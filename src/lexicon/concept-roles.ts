import type { ConceptId } from './concept-ids.ts';

/**
 * How concepts relate, for the matcher. A sentence that mentions a concept also mentions what it
 * implies: "magnesium oxide" is about magnesium, "chronic pain" is about pain. Claims are written
 * with the general concept; implication lets the specific mention satisfy them.
 */
export const IMPLIES: Partial<Record<ConceptId, readonly ConceptId[]>> = {
  'magnesium-oxide': ['magnesium'],
  'magnesium-hydroxide': ['magnesium'],
  'magnesium-citrate': ['magnesium'],
  'magnesium-glycinate': ['magnesium'],
  'magnesium-chloride': ['magnesium'],
  'magnesium-sulfate': ['magnesium'],
  'magnesium-lactate': ['magnesium'],
  'magnesium-malate': ['magnesium'],
  'magnesium-aspartate': ['magnesium'],
  'magnesium-threonate': ['magnesium'],
  'magnesium-lysinate': ['magnesium'],
  'magnesium-gluconate': ['magnesium'],
  'chelated-magnesium': ['magnesium'],
  'liquid-magnesium': ['magnesium'],
  // As the claim database's signatures expand (src/claims/signature.ts): magnesium by name.
  'magnesium-deficiency': ['magnesium'],
  'magnesium-level': ['magnesium'],
  'magnesium-rich-foods': ['magnesium'],
  // The gloss of `oral` is "oral supplements, pills, tablets".
  oral: ['supplement'],
  'chronic-pain': ['pain'],
  'neuropathic-pain': ['pain'],
  'myofascial-pain': ['pain'],
  'tension-headache': ['headache'],
  'poorly-absorbed': ['absorption'],
  'well-absorbed': ['absorption'],
};

/**
 * Predicates that are each other's negation. "Oxide is not well absorbed" states that oxide is
 * poorly absorbed; the matcher may read one through the other with the polarity flipped.
 */
export const ANTONYMS: Partial<Record<ConceptId, ConceptId>> = {
  'well-absorbed': 'poorly-absorbed',
  'poorly-absorbed': 'well-absorbed',
};

/** The subject of (almost) every claim: what a claim is about besides magnesium is its topic. */
export const CORE: ReadonlySet<ConceptId> = new Set<ConceptId>(['magnesium', 'magnesium-deficiency', 'magnesium-level']);

/** Concepts that say what is claimed about the others; negation is looked for around these. */
export const PREDICATES: ReadonlySet<ConceptId> = new Set<ConceptId>([
  'absorption', 'poorly-absorbed', 'well-absorbed', 'prevention', 'reduces-frequency', 'relief', 'blocks', 'reduces',
  'increases', 'linked-to', 'causes', 'recommendation', 'everyone-with-condition', 'clinical-trial', 'review', 'criticism',
  'no-evidence', 'takes-time', 'medical-supervision', 'common', 'cause-unknown', 'calming', 'cure',
]);

/**
 * Concepts whose mention denies whatever it scopes over ("no evidence that ..."), unless the
 * claim itself is about that absence.
 */
export const NEGATING_CONCEPTS: ReadonlySet<ConceptId> = new Set<ConceptId>(['no-evidence']);

/** The concept and everything it implies, transitively. */
export function closure(concept: ConceptId): ConceptId[] {
  const out: ConceptId[] = [concept];
  for (let i = 0; i < out.length; i++) {
    for (const next of IMPLIES[out[i] as ConceptId] ?? []) if (!out.includes(next)) out.push(next);
  }
  return out;
}

/**
 * Concepts a more specific one in the same sentence accounts for: the seizures ("kramper",
 * "гърчове") of eclampsia are not epilepsy or muscle cramps. The matcher drops them from the
 * sentence's concepts when the specific one is there.
 */
export const ACCOUNTS_FOR: Partial<Record<ConceptId, readonly ConceptId[]>> = {
  eclampsia: ['epilepsy', 'muscle-cramps'],
  'infantile-spasms': ['epilepsy', 'muscle-cramps'],
};

/**
 * Implications for what a sentence says, not for claim signatures: fewer or milder attacks is
 * relief of the condition ("fewer seizures" helps epilepsy), but a claim about frequency must not
 * count relief among its concepts, or it would outrank "glycinate helps migraine" on size alone.
 */
export const READS_AS: Partial<Record<ConceptId, readonly ConceptId[]>> = {
  'reduces-frequency': ['relief'],
  // Drowsiness is the calming effect felt ("glycinate can make you sleepy").
  sedation: ['calming'],
  // Diarrhoea is a digestive upset ("the most common side effect is diarrhoea"), but a claim
  // about the laxative effect is not thereby about stomach upset in general.
  diarrhoea: ['gi-upset'],
};

/** A term's concepts: its own, what they imply, and what they read as in a sentence. */
export function termClosure(concept: ConceptId): ConceptId[] {
  const out = closure(concept);
  for (const k of [...out]) for (const next of READS_AS[k] ?? []) for (const c of closure(next)) if (!out.includes(c)) out.push(c);
  return out;
}
