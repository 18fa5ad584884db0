import type { Translator } from '../../i18n/translate.ts';
import type { Settings } from '../../settings/schema.ts';
import { hasOnlySites, isSiteAllowed } from '../../settings/site-rules.ts';
import { Switch } from './Switch.tsx';

interface SiteSwitchesProps {
  t: Translator;
  settings: Settings;
  /** The page's site, or null where MgLens cannot run: then only the global switch shows. */
  site: string | null;
  onEnabled: (enabled: boolean) => void;
  onSiteActive: (site: string, active: boolean) => void;
}

export function SiteSwitches({ t, settings, site, onEnabled, onSiteActive }: SiteSwitchesProps) {
  const noteId = 'site-switch-note';
  const note = !settings.enabled ? t('popup.offEverywhere') : hasOnlySites(settings.sites) ? t('popup.onlyModeNote') : null;
  return (
    <section class="switches" aria-label={t('popup.switchesLabel')}>
      <Switch id="switch-all" checked={settings.enabled} onChange={onEnabled}>
        {t('popup.switchAll')}
      </Switch>
      {site !== null && (
        <Switch
          id="switch-site"
          checked={isSiteAllowed(settings, site)}
          disabled={!settings.enabled}
          describedBy={note === null ? undefined : noteId}
          onChange={(active) => onSiteActive(site, active)}
        >
          {t('popup.switchSite', { site })}
        </Switch>
      )}
      {note !== null && (
        <p id={noteId} class="note">
          {note}
        </p>
      )}
    </section>
  );
}
