import { GradeSchema, LanguageSchema, TopicSchema } from '../../claims/schema.ts';
import type { MessageKey, Translator } from '../../i18n/translate.ts';
import { GRADE_LABEL, LANGUAGE_LABEL } from '../common/labels.ts';
import { NO_FILTER, type ClaimFilter } from './filter.ts';
import { TOPIC_LABEL } from './labels.ts';

/** Search box and the three filters; every control has a visible label. */
function Choice<V extends string>({
  id,
  label,
  value,
  options,
  t,
  onChange,
}: {
  id: string;
  label: string;
  value: V | 'any';
  options: readonly { value: V; label: MessageKey }[];
  t: Translator;
  onChange: (value: V | 'any') => void;
}) {
  return (
    <div class="filters__field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as V | 'any')}>
        <option value="any">{t('explorer.anyOption')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {t(o.label)}
          </option>
        ))}
      </select>
    </div>
  );
}

const GRADES = GradeSchema.options.map((value) => ({ value, label: GRADE_LABEL[value] }));
const TOPICS = TopicSchema.options.map((value) => ({ value, label: TOPIC_LABEL[value] }));
const LANGUAGES = LanguageSchema.options.map((value) => ({ value, label: LANGUAGE_LABEL[value] }));

export function ClaimFilters({ t, filter, onChange }: { t: Translator; filter: ClaimFilter; onChange: (filter: ClaimFilter) => void }) {
  const set = (part: Partial<ClaimFilter>) => onChange({ ...filter, ...part });
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('explorer.filtersLegend')}</legend>
        <div class="filters__field filters__field--search">
          <label for="claim-search">{t('explorer.searchLabel')}</label>
          <input
            id="claim-search"
            type="search"
            value={filter.query}
            aria-describedby="claim-search-hint"
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
          />
          <p id="claim-search-hint" class="filters__hint">
            {t('explorer.searchHint')}
          </p>
        </div>
        <Choice id="filter-grade" label={t('explorer.gradeFilter')} value={filter.grade} options={GRADES} t={t} onChange={(grade) => set({ grade })} />
        <Choice id="filter-topic" label={t('explorer.topicFilter')} value={filter.topic} options={TOPICS} t={t} onChange={(topic) => set({ topic })} />
        <Choice
          id="filter-language"
          label={t('explorer.languageFilter')}
          value={filter.language}
          options={LANGUAGES}
          t={t}
          onChange={(language) => set({ language })}
        />
        <div class="filters__field filters__field--action">
          <button type="button" onClick={() => onChange(NO_FILTER)}>
            {t('explorer.clearFilters')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
