import type { ConceptId } from '../lexicon/concept-ids.ts';

/**
 * A claim's concepts are the matcher's signature for it. A magnesium form implies `magnesium`
 * (a sentence about "magnesium oxide" is about magnesium), and so do the concepts that are
 * magnesium by name (deficiency, level, magnesium-rich foods); two claims are told apart by their
 * concepts with these implications applied. Then {magnesium-deficiency, sleep} is a refinement of
 * {magnesium, sleep}, not a rival with as many concepts.
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

/** Concepts that are about magnesium by name, besides the forms. */
export const MAGNESIUM_BY_NAME: ReadonlySet<ConceptId> = new Set<ConceptId>([
  'magnesium-deficiency',
  'magnesium-level',
  'magnesium-rich-foods',
]);

/** The concepts with implications applied: a form, or a magnesium-by-name concept, adds `magnesium`. */
export function expandConcepts(concepts: readonly ConceptId[]): Set<ConceptId> {
  const out = new Set<ConceptId>(concepts);
  if (concepts.some((c) => MAGNESIUM_FORMS.has(c) || MAGNESIUM_BY_NAME.has(c))) out.add('magnesium');
  return out;
}

/** A canonical string for a signature: equal keys mean the matcher cannot tell claims apart. */
export function signatureKey(concepts: readonly ConceptId[]): string {
  return [...expandConcepts(concepts)].sort().join('+');
}
