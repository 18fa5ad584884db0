import type { Translator } from '../../i18n/translate.ts';
import { MATCH_LANGUAGES, type MatchLanguage } from '../../settings/schema.ts';
import { LANGUAGE_NAME } from './labels.ts';

interface LanguagesFieldProps {
  t: Translator;
  languages: readonly MatchLanguage[];
  onToggle: (language: MatchLanguage, on: boolean) => void;
}

export function LanguagesField({ t, languages, onToggle }: LanguagesFieldProps) {
  return (
    <fieldset>
      <legend>{t('options.languagesLegend')}</legend>
      <p class="hint">{t('options.languagesHint')}</p>
      {MATCH_LANGUAGES.map((language) => (
        <div class="choice" key={language}>
          <input
            type="checkbox"
            id={`language-${language}`}
            checked={languages.includes(language)}
            onChange={(event) => onToggle(language, event.currentTarget.checked)}
          />
          <label for={`language-${language}`}>{t(LANGUAGE_NAME[language])}</label>
        </div>
      ))}
      {languages.length === 0 && (
        <p class="warning" role="note">
          {t('options.languagesNone')}
        </p>
      )}
    </fieldset>
  );
}
