import { useState } from 'preact/hooks';
import type { Translator } from '../../i18n/translate.ts';
import { siteOfUrl } from '../../settings/hostname.ts';
import type { PageMatch } from '../../settings/page-state.ts';
import { PageExport } from '../export/PageExport.tsx';
import { ClaimList } from './ClaimList.tsx';
import { PageSummary } from './PageSummary.tsx';
import { SavePage } from './SavePage.tsx';
import type { PopupServices } from './services.ts';
import { SiteSwitches } from './SiteSwitches.tsx';
import { usePopupModel } from './use-popup-model.ts';

interface PopupProps {
  t: Translator;
  services: PopupServices;
}

/** The toolbar popup. Exports (src/ui/export) are built from the page state it already holds. */
export function Popup({ t, services }: PopupProps) {
  const { settings, page } = usePopupModel(services);
  const [revealError, setRevealError] = useState(false);
  const site = page?.kind === 'ready' ? siteOfUrl(page.state.url) : null;

  const reveal = async (match: PageMatch) => {
    setRevealError(false);
    if (await services.reveal(match.id)) await services.afterReveal();
    else setRevealError(true);
  };

  return (
    <main class="popup">
      <h1>{t('popup.title')}</h1>
      {settings !== null && (
        <SiteSwitches
          t={t}
          settings={settings}
          site={site}
          onEnabled={(enabled) => void services.setEnabled(enabled)}
          onSiteActive={(name, active) => void services.setSiteActive(name, active)}
        />
      )}
      {page === null && <p class="note">{t('popup.loading')}</p>}
      {page?.kind === 'unavailable' && <p class="note">{t('popup.unavailable')}</p>}
      {page?.kind === 'error' && <p class="note">{t('popup.loadError', { reason: page.reason })}</p>}
      {page?.kind === 'ready' && (
        <>
          <PageSummary t={t} state={page.state} />
          {page.state.active && <ClaimList t={t} matches={page.state.matches} onReveal={(match) => void reveal(match)} />}
          <p role="alert" class="status">
            {revealError ? t('popup.revealFailed') : ''}
          </p>
          {page.state.active && <SavePage t={t} state={page.state} save={services.savePage} />}
          {page.state.active && <PageExport t={t} state={page.state} />}
        </>
      )}
      <nav class="links">
        <button type="button" class="link" onClick={() => void services.openOptions()}>
          {t('popup.openOptions')}
        </button>
        <button type="button" class="link" onClick={() => void services.openExplorer()}>
          {t('popup.openExplorer')}
        </button>
      </nav>
    </main>
  );
}
