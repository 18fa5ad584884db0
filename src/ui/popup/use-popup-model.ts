import { useEffect, useState } from 'preact/hooks';
import type { PageView } from '../../settings/page-requests.ts';
import type { Settings } from '../../settings/schema.ts';
import type { PopupServices } from './services.ts';

export interface PopupModel {
  /** Null until read. */
  settings: Settings | null;
  /** Null while the page is first asked. */
  page: PageView | null;
}

/** The settings and the page, kept current while the popup is open. */
export function usePopupModel(services: PopupServices): PopupModel {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageView | null>(null);

  useEffect(() => {
    let live = true;
    // Answers can arrive out of order when the page reports twice quickly; keep the newest.
    let asked = 0;
    const reloadPage = () => {
      const ticket = ++asked;
      void services.loadPage().then((view) => {
        if (live && ticket === asked) setPage(view);
      });
    };
    void services.loadSettings().then((value) => {
      if (live) setSettings(value);
    });
    reloadPage();
    const stopSettings = services.watchSettings((value) => {
      if (live) setSettings(value);
    });
    const stopPage = services.watchPage(reloadPage);
    return () => {
      live = false;
      stopSettings();
      stopPage();
    };
  }, [services]);

  return { settings, page };
}
