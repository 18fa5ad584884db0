import type { z } from 'zod/mini';
import { normaliseHostname } from './hostname.ts';
import { isPlainObject, sameJson } from './json-value.ts';
import {
  MATCH_LANGUAGES,
  MAX_SITES,
  MatchLanguageSchema,
  SettingsSchema,
  SiteModeSchema,
  defaultSettings,
  type MatchLanguage,
  type Settings,
} from './schema.ts';

/** A value read from storage made valid, and whether that took any change (then it is written back). */
export interface Repaired<T> {
  value: T;
  repaired: boolean;
}

const fields = SettingsSchema.shape;

function valid<T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T): T {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}

/** Keeps the known languages once each; a list with nothing usable in it means "as installed". */
function repairLanguages(raw: unknown): MatchLanguage[] {
  if (!Array.isArray(raw) || raw.length > MATCH_LANGUAGES.length * 4) return [...MATCH_LANGUAGES];
  const kept = [...new Set(raw.filter((item) => MatchLanguageSchema.safeParse(item).success))] as MatchLanguage[];
  return raw.length > 0 && kept.length === 0 ? [...MATCH_LANGUAGES] : kept;
}

/** Keeps each well-formed entry (host names normalised), so one bad entry never costs the list. */
function repairSites(raw: unknown): Settings['sites'] {
  const sites: Settings['sites'] = {};
  if (!isPlainObject(raw)) return sites;
  let count = 0;
  for (const [key, mode] of Object.entries(raw)) {
    if (count >= MAX_SITES) break;
    const site = normaliseHostname(key);
    if (site === null || site in sites || !SiteModeSchema.safeParse(mode).success) continue;
    sites[site] = mode as Settings['sites'][string];
    count += 1;
  }
  return sites;
}

/**
 * Any stored value, however wrong, becomes valid settings field by field: a wrong field takes its
 * default, unknown fields are dropped. Nothing stored (null) is simply the defaults.
 */
export function repairSettings(raw: unknown): Repaired<Settings> {
  const defaults = defaultSettings();
  if (raw === null || raw === undefined) return { value: defaults, repaired: false };
  if (!isPlainObject(raw)) return { value: defaults, repaired: true };
  const value: Settings = {
    enabled: valid(fields.enabled, raw.enabled, defaults.enabled),
    languages: repairLanguages(raw.languages),
    minGrade: valid(fields.minGrade, raw.minGrade, defaults.minGrade),
    highlightTerms: valid(fields.highlightTerms, raw.highlightTerms, defaults.highlightTerms),
    hoverDelayMs: valid(fields.hoverDelayMs, raw.hoverDelayMs, defaults.hoverDelayMs),
    style: valid(fields.style, raw.style, defaults.style),
    sites: repairSites(raw.sites),
  };
  return { value, repaired: !sameJson(raw, value) };
}
