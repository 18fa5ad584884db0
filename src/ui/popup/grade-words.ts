import type { Grade } from '../../claims/schema.ts';
import type { MessageKey } from '../../i18n/translate.ts';

/** Strongest first: the order a reader scans a summary in. */
export const GRADES_STRONGEST_FIRST = ['high', 'moderate', 'low', 'very-low'] as const satisfies readonly Grade[];

export const GRADE_WORD: Record<Grade, MessageKey> = {
  high: 'common.gradeHigh',
  moderate: 'common.gradeModerate',
  low: 'common.gradeLow',
  'very-low': 'common.gradeVeryLow',
};
