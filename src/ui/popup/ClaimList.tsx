import type { Translator } from '../../i18n/translate.ts';
import type { PageMatch } from '../../settings/page-state.ts';
import { GRADE_WORD } from './grade-words.ts';

interface ClaimListProps {
  t: Translator;
  matches: readonly PageMatch[];
  onReveal: (match: PageMatch) => void;
}

/** One button per highlighted sentence: the claim in the reader's language, its grade in words. */
export function ClaimList({ t, matches, onReveal }: ClaimListProps) {
  return (
    <section class="claims" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('popup.claimsHeading')}</h2>
      {matches.length === 0 ? (
        <p class="note">{t('popup.claimsNone')}</p>
      ) : (
        <ul>
          {matches.map((match) => (
            <li key={match.id}>
              <button type="button" class="claim" title={t('popup.revealHint')} onClick={() => onReveal(match)}>
                <span class={`grade grade-${match.grade}`}>
                  <span class="visually-hidden">{t('common.strengthPrefix')} </span>
                  {t(GRADE_WORD[match.grade])}
                </span>
                <span class="statement">{match.statement[t.locale]}</span>
                {match.polarity === 'denies' && <span class="denies">{t('popup.pageDenies')}</span>}
                <span class="sentence">{match.sentence}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
