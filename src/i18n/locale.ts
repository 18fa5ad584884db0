import { z } from 'zod';

export const UiLocaleSchema = z.enum(['en', 'nb', 'bg']);
export type UiLocale = z.infer<typeof UiLocaleSchema>;

/**
 * Picks the UI language from the browser's preferred languages (e.g. navigator.languages).
 * Norwegian in any written form (no, nb, nn) reads bokmål; anything unknown falls back to English.
 */
export function pickLocale(preferred: readonly string[]): UiLocale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'bg') return 'bg';
    if (base === 'en') return 'en';
  }
  return 'en';
}
