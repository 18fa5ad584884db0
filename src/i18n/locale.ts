import { z } from 'zod/mini';

// zod/mini, not classic zod: the content script imports this module for pickLocale, and classic zod
// would add ~10 KB (gzipped) to it for one enum. A classic schema can still nest this one
// (`z.optional(UiLocaleSchema)`), since both share zod's core.
export const UiLocaleSchema = /* @__PURE__ */ z.enum(['en', 'nb', 'bg']);
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
