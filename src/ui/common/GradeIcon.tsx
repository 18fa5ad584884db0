import type { Grade } from '../../claims/schema.ts';

/**
 * Three dots, as many filled as the grade is strong: the same ●●● / ●●○ / ●○○ / ○○○ scale the
 * page highlights carry, so the grade reads by shape in greyscale, in high contrast and for every
 * kind of colour vision. Decorative: the word next to it carries the meaning for screen readers.
 */
const FILLED: Record<Grade, number> = { high: 3, moderate: 2, low: 1, 'very-low': 0 };

export function GradeIcon({ grade }: { grade: Grade }) {
  const filled = FILLED[grade];
  return (
    <svg class="mg-icon mg-grade-icon" viewBox="0 0 30 10" width="24" height="8" aria-hidden="true" focusable="false">
      {[5, 15, 25].map((cx, i) => (
        <circle
          key={cx}
          cx={cx}
          cy="5"
          r="3.75"
          fill={i < filled ? 'currentColor' : 'none'}
          stroke="currentColor"
          stroke-width="1.5"
        />
      ))}
    </svg>
  );
}
