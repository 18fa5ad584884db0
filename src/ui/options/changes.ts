import { MATCH_LANGUAGES, type MatchLanguage, type Settings, type SiteMode } from '../../settings/schema.ts';

/** The options page's edits as pure functions of the settings. */

/** Keeps the languages in one canonical order, however they were ticked. */
export function withLanguage(settings: Settings, language: MatchLanguage, on: boolean): Settings {
  const chosen = new Set(settings.languages);
  if (on) chosen.add(language);
  else chosen.delete(language);
  return { ...settings, languages: MATCH_LANGUAGES.filter((item) => chosen.has(item)) };
}

/** `site` must already be normalised (normaliseHostname). */
export function withSite(settings: Settings, site: string, mode: SiteMode): Settings {
  return { ...settings, sites: { ...settings.sites, [site]: mode } };
}

export function withoutSite(settings: Settings, site: string): Settings {
  const sites = { ...settings.sites };
  delete sites[site];
  return { ...settings, sites };
}
