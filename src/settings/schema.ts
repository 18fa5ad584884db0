import { z } from 'zod/mini';
import { GRADES } from '../claims/values.ts';
import { HostnameSchema } from './hostname.ts';

/**
 * The reader's settings: what the popup and options page edit and the content script obeys.
 * zod/mini, as every schema the content script loads: it validates the same, and the full zod
 * library would be a fifth of the content script.
 */

/** Languages the matcher can look for; da, sv and de cover the central terms only. */
export const MATCH_LANGUAGES = ['en', 'nb', 'bg', 'da', 'sv', 'de'] as const;
export const MatchLanguageSchema = z.enum(MATCH_LANGUAGES);
export type MatchLanguage = z.infer<typeof MatchLanguageSchema>;

export const HIGHLIGHT_STYLES = ['colour-blind-safe', 'high-contrast'] as const;
export const HighlightStyleSchema = z.enum(HIGHLIGHT_STYLES);
export type HighlightStyle = z.infer<typeof HighlightStyleSchema>;

/** `off`: never run on this site. `only`: once any site says `only`, run on those sites alone. */
export const SiteModeSchema = z.enum(['off', 'only']);
export type SiteMode = z.infer<typeof SiteModeSchema>;

export const HOVER_DELAY = { min: 0, max: 2000, fallback: 300 } as const;

/** Far above any real list; it bounds the work of reading a corrupted or hostile value. */
export const MAX_SITES = 1000;

export const SitesSchema = z
  .record(HostnameSchema, SiteModeSchema)
  .check(z.refine((sites) => Object.keys(sites).length <= MAX_SITES, { message: `at most ${MAX_SITES} sites` }));

export const SettingsSchema = z.object({
  /** The global switch: off means off everywhere, whatever the site list says. */
  enabled: z.boolean(),
  languages: z
    .array(MatchLanguageSchema)
    .check(
      z.maxLength(MATCH_LANGUAGES.length),
      z.refine((list) => new Set(list).size === list.length, { message: 'languages must not repeat' }),
    ),
  /** The lowest strength grade whose claims are highlighted. */
  minGrade: z.enum(GRADES),
  /** Whether bare terms (a sentence that mentions magnesium but makes no known claim) are underlined. */
  highlightTerms: z.boolean(),
  hoverDelayMs: z.int().check(z.gte(HOVER_DELAY.min), z.lte(HOVER_DELAY.max)),
  style: HighlightStyleSchema,
  sites: SitesSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A fresh copy each call, so no caller can mutate the defaults another caller sees. */
export function defaultSettings(): Settings {
  return {
    enabled: true,
    languages: [...MATCH_LANGUAGES],
    minGrade: 'very-low',
    highlightTerms: true,
    hoverDelayMs: HOVER_DELAY.fallback,
    style: 'colour-blind-safe',
    sites: {},
  };
}
