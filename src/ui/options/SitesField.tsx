import { useState } from 'preact/hooks';
import type { Translator } from '../../i18n/translate.ts';
import { normaliseHostname } from '../../settings/hostname.ts';
import { SiteModeSchema, type Settings, type SiteMode } from '../../settings/schema.ts';

interface SitesFieldProps {
  t: Translator;
  sites: Settings['sites'];
  onSet: (site: string, mode: SiteMode) => void;
  onRemove: (site: string) => void;
}

const MODES = SiteModeSchema.options;
const modeLabel = (t: Translator, mode: SiteMode) => t(mode === 'off' ? 'options.siteModeOff' : 'options.siteModeOnly');

/** The site list: each site always off, or one of the only sites MgLens runs on. */
export function SitesField({ t, sites, onSet, onRemove }: SitesFieldProps) {
  const [draft, setDraft] = useState('');
  const [mode, setMode] = useState<SiteMode>('off');
  const [invalid, setInvalid] = useState(false);
  const names = Object.keys(sites).sort();

  const add = (event: Event) => {
    event.preventDefault();
    const site = normaliseHostname(draft);
    setInvalid(site === null);
    if (site === null) return;
    onSet(site, mode);
    setDraft('');
  };

  return (
    <fieldset>
      <legend>{t('options.sitesLegend')}</legend>
      <p class="hint">{t('options.sitesHint')}</p>
      {names.length === 0 ? (
        <p class="note">{t('options.sitesEmpty')}</p>
      ) : (
        <ul class="sites">
          {names.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <select
                aria-label={t('options.siteModeFor', { site })}
                value={sites[site]}
                onChange={(event) => onSet(site, SiteModeSchema.parse(event.currentTarget.value))}
              >
                {MODES.map((option) => (
                  <option key={option} value={option}>
                    {modeLabel(t, option)}
                  </option>
                ))}
              </select>
              <button type="button" aria-label={t('options.siteRemoveLabel', { site })} onClick={() => onRemove(site)}>
                {t('options.siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-host">{t('options.siteHostLabel')}</label>
        <input
          id="site-host"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('options.siteHostPlaceholder')}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'site-host-error' : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <label for="site-mode">{t('options.siteModeLabel')}</label>
        <select id="site-mode" value={mode} onChange={(event) => setMode(SiteModeSchema.parse(event.currentTarget.value))}>
          {MODES.map((option) => (
            <option key={option} value={option}>
              {modeLabel(t, option)}
            </option>
          ))}
        </select>
        <button type="submit">{t('options.siteAdd')}</button>
        {invalid && (
          <p id="site-host-error" class="warning">
            {t('options.siteInvalid')}
          </p>
        )}
      </form>
    </fieldset>
  );
}
