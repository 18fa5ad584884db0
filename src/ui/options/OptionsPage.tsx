import { useState } from 'preact/hooks';
import type { Translator } from '../../i18n/translate.ts';
import type { Settings } from '../../settings/schema.ts';
import { withLanguage, withoutSite, withSite } from './changes.ts';
import { DisplayFields } from './DisplayFields.tsx';
import { LanguagesField } from './LanguagesField.tsx';
import { MinGradeField } from './MinGradeField.tsx';
import type { OptionsServices } from './services.ts';
import { SitesField } from './SitesField.tsx';
import { StorageStatement } from './StorageStatement.tsx';
import { useOptionsModel } from './use-options-model.ts';

interface OptionsPageProps {
  t: Translator;
  services: OptionsServices;
}

/** Every change is stored at once (no Save button); a live region says it was. */
export function OptionsPage({ t, services }: OptionsPageProps) {
  const { settings, savedPages } = useOptionsModel(services);
  const [status, setStatus] = useState('');

  const change = async (edit: (current: Settings) => Settings, done = t('options.statusSaved')) => {
    try {
      await services.updateSettings(edit);
      setStatus(done);
    } catch (error) {
      setStatus(t('options.statusFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  const reset = async () => {
    try {
      await services.resetSettings();
      setStatus(t('options.statusReset'));
    } catch (error) {
      setStatus(t('options.statusFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <main class="options">
      <h1>{t('options.pageTitle')}</h1>
      <p>{t('options.intro')}</p>
      {settings === null ? (
        <p class="note">{t('options.loading')}</p>
      ) : (
        <>
          <LanguagesField t={t} languages={settings.languages} onToggle={(language, on) => void change((s) => withLanguage(s, language, on))} />
          <MinGradeField t={t} minGrade={settings.minGrade} onChange={(minGrade) => void change((s) => ({ ...s, minGrade }))} />
          <DisplayFields
            t={t}
            highlightTerms={settings.highlightTerms}
            hoverDelayMs={settings.hoverDelayMs}
            style={settings.style}
            onHighlightTerms={(highlightTerms) => void change((s) => ({ ...s, highlightTerms }))}
            onHoverDelay={(hoverDelayMs) => void change((s) => ({ ...s, hoverDelayMs }))}
            onStyle={(style) => void change((s) => ({ ...s, style }))}
          />
          <SitesField
            t={t}
            sites={settings.sites}
            onSet={(site, mode) => void change((s) => withSite(s, site, mode))}
            onRemove={(site) => void change((s) => withoutSite(s, site))}
          />
          <button type="button" class="reset" onClick={() => void reset()}>
            {t('options.resetButton')}
          </button>
        </>
      )}
      <p role="status" class="status">
        {status}
      </p>
      <StorageStatement t={t} savedPages={savedPages} />
    </main>
  );
}
