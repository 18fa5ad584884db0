import type { Settings } from '../../settings/schema.ts';

/** Everything the options page does outside itself; wired in entrypoints/options, faked in tests. */
export interface OptionsServices {
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  /** Rejects when the change would store invalid settings. */
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  resetSettings(): Promise<Settings>;
  countSavedPages(): Promise<number>;
  watchSavedPages(callback: (count: number) => void): () => void;
}
