import type { Grade } from '../../claims/schema.ts';
import type { Translator } from '../../i18n/translate.ts';
import { GRADES_WEAKEST_FIRST } from '../../settings/grade-filter.ts';
import { GRADE_WORD } from '../popup/grade-words.ts';

interface MinGradeFieldProps {
  t: Translator;
  minGrade: Grade;
  onChange: (grade: Grade) => void;
}

/** Radio buttons in order of strength, so "lowest to highlight" reads as a threshold. */
export function MinGradeField({ t, minGrade, onChange }: MinGradeFieldProps) {
  return (
    <fieldset>
      <legend>{t('options.minGradeLegend')}</legend>
      <p class="hint">{t('options.minGradeHint')}</p>
      {GRADES_WEAKEST_FIRST.map((grade) => (
        <div class="choice" key={grade}>
          <input
            type="radio"
            name="min-grade"
            id={`grade-${grade}`}
            value={grade}
            checked={minGrade === grade}
            onChange={() => onChange(grade)}
          />
          <label for={`grade-${grade}`}>{t(GRADE_WORD[grade])}</label>
        </div>
      ))}
    </fieldset>
  );
}
