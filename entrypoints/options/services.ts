import { listSavedPages, watchCollection } from '../../src/settings/collection.ts';
import { getSettings, resetSettings, updateSettings, watchSettings } from '../../src/settings/settings.ts';
import type { OptionsServices } from '../../src/ui/options/services.ts';

/** Wires the options page to the settings and the saved collection. */
export function createOptionsServices(): OptionsServices {
  return {
    loadSettings: getSettings,
    watchSettings: (callback) => watchSettings(callback),
    updateSettings,
    resetSettings,
    countSavedPages: async () => (await listSavedPages()).length,
    watchSavedPages: (callback) => watchCollection((pages) => callback(pages.length)),
  };
}
