import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings/schema.ts';
import type { OptionsServices } from './services.ts';

export interface OptionsModel {
  settings: Settings | null;
  savedPages: number | null;
}

/** The stored settings and collection size, kept current while the page is open. */
export function useOptionsModel(services: OptionsServices): OptionsModel {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [savedPages, setSavedPages] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void services.loadSettings().then((value) => live && setSettings(value));
    void services.countSavedPages().then((count) => live && setSavedPages(count));
    const stopSettings = services.watchSettings((value) => live && setSettings(value));
    const stopPages = services.watchSavedPages((count) => live && setSavedPages(count));
    return () => {
      live = false;
      stopSettings();
      stopPages();
    };
  }, [services]);
  return { settings, savedPages };
}
