import type { ConceptId } from '../concept-ids.ts';
import { CONDITIONS } from './conditions.ts';
import { PHYSIOLOGY } from './physiology.ts';
import { PREDICATES_ABSORPTION } from './predicates-absorption.ts';
import { PREDICATES_DISCOURSE } from './predicates-discourse.ts';
import { PREDICATES_EFFECT } from './predicates-effect.ts';
import { SUBSTANCES } from './substances.ts';
import { TESTS_INTAKE } from './tests-intake.ts';
import type { ConceptForms, LexiconPart } from './types.ts';

/**
 * All surface forms, by concept group. Order matters only for ties between forms of equal
 * length at the same position, which the compiler resolves by this order.
 */
export const LEXICON_PARTS: readonly LexiconPart[] = [SUBSTANCES, CONDITIONS, PHYSIOLOGY, TESTS_INTAKE, PREDICATES_ABSORPTION, PREDICATES_EFFECT, PREDICATES_DISCOURSE];

/** The forms of one concept, merged across groups (a concept normally lives in one group). */
export function formsOf(concept: ConceptId, parts: readonly LexiconPart[] = LEXICON_PARTS): ConceptForms[] {
  return parts.flatMap((part) => (part[concept] ? [part[concept]] : []));
}
