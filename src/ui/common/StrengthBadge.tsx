import type { Grade } from '../../claims/schema.ts';
import { GradeIcon } from './GradeIcon.tsx';
import { GRADE_LABEL } from './labels.ts';
import { useTranslator } from './translator-context.ts';

/**
 * The grade as icon + word. Screen readers hear "Strength of evidence: Low"; sighted readers see
 * the dots and "Low". The tint is a third, redundant signal.
 */
export function StrengthBadge({ grade, id }: { grade: Grade; id?: string }) {
  const t = useTranslator();
  return (
    <span class="mg-badge" data-grade={grade} id={id}>
      <GradeIcon grade={grade} />
      <span class="mg-sr-only">{`${t('common.strengthPrefix')} `}</span>
      <span class="mg-badge__word">{t(GRADE_LABEL[grade])}</span>
    </span>
  );
}
