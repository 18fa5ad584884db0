import type { Grade } from '../claims/schema.ts';

/** Weakest first, so a grade's index says how strong it is. */
export const GRADES_WEAKEST_FIRST = ['very-low', 'low', 'moderate', 'high'] as const satisfies readonly Grade[];

/** Whether a claim of this grade is highlighted under the reader's lowest-grade setting. */
export function meetsMinGrade(grade: Grade, minGrade: Grade): boolean {
  return GRADES_WEAKEST_FIRST.indexOf(grade) >= GRADES_WEAKEST_FIRST.indexOf(minGrade);
}
