import type { Translator } from '../../i18n/translate.ts';
import type { PageState } from '../../settings/page-state.ts';
import { GRADES_STRONGEST_FIRST, GRADE_WORD } from './grade-words.ts';

interface PageSummaryProps {
  t: Translator;
  state: PageState;
}

export function PageSummary({ t, state }: PageSummaryProps) {
  if (!state.active) return <p class="note">{t('popup.inactive')}</p>;
  const claimCount = GRADES_STRONGEST_FIRST.reduce((sum, grade) => sum + state.counts[grade], 0);
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('popup.summaryHeading')}</h2>
      <p>
        {t.plural('popup.claimsFound', claimCount)}
        <br />
        {t.plural('popup.termsFound', state.termCount)}
      </p>
      {claimCount > 0 && (
        <ul class="grade-counts" aria-label={t('popup.byGradeLabel')}>
          {GRADES_STRONGEST_FIRST.map((grade) => (
            <li key={grade} class={`grade grade-${grade}`}>
              {t('popup.gradeCount', { grade: t(GRADE_WORD[grade]), count: state.counts[grade] })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
