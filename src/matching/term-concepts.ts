import type { ConceptId } from '../lexicon/concept-ids.ts';
import { PREDICATES } from '../lexicon/concept-roles.ts';

/**
 * Which concepts are underlined as bare terms. The lexicon also knows predicates ("helps",
 * "reduces", "many people") and very general words ("supplement", "pain", "brain"); they let the
 * matcher recognise claims, but underlining them would mark half of any health page and bury
 * the magnesium and migraine terms a reader is looking for.
 */
const TOO_GENERAL = new Set<ConceptId>([
  'supplement', 'dose', 'diet', 'oral', 'topical', 'brain', 'pain', 'stress', 'fatigue', 'sleep',
  'side-effect', 'low-risk', 'nerve-function', 'neurotransmitters', 'muscle-function', 'genetics', 'alcohol',
  'calcium', 'enzymes', 'atp', 'nausea', 'gi-upset', 'inflammation', 'blood-vessels', 'magnesium-level',
]);

export function isHighlightedTerm(concept: ConceptId): boolean {
  return !PREDICATES.has(concept) && !TOO_GENERAL.has(concept) && !PREDICATE_LIKE.has(concept);
}

/** Concepts added for the claim database that behave like predicates too. */
const PREDICATE_LIKE = new Set<string>(['cause-unknown', 'calming', 'cure']);
