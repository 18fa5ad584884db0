import type { ConceptId } from '../lexicon/concept-ids.ts';

/**
 * A claim's concepts are the matcher's signature for it. A magnesium form implies `magnesium`
 * (a sentence about "magnesium oxide" is about magnesium), so two claims are told apart by their
 * concepts with that implication applied.
 */
export const MAGNESIUM_FORMS: ReadonlySet<ConceptId> = new Set<ConceptId>([
  'magnesium-oxide',
  'magnesium-hydroxide',
  'magnesium-citrate',
  'magnesium-glycinate',
  'magnesium-chloride',
  'magnesium-sulfate',
  'magnesium-lactate',
  'magnesium-malate',
  'magnesium-aspartate',
  'magnesium-threonate',
  'magnesium-lysinate',
  'magnesium-gluconate',
  'chelated-magnesium',
  'liquid-magnesium',
]);

/** The concepts with implications applied: a form adds `magnesium`. */
export function expandConcepts(concepts: readonly ConceptId[]): Set<ConceptId> {
  const out = new Set<ConceptId>(concepts);
  if (concepts.some((c) => MAGNESIUM_FORMS.has(c))) out.add('magnesium');
  return out;
}

/** A canonical string for a signature: equal keys mean the matcher cannot tell claims apart. */
export function signatureKey(concepts: readonly ConceptId[]): string {
  return [...expandConcepts(concepts)].sort().join('+');
}
