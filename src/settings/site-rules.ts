import { normaliseHostname } from './hostname.ts';
import type { Settings } from './schema.ts';

/** Pure rules for where MgLens runs: the global switch, then the site list. */

export function hasOnlySites(sites: Settings['sites']): boolean {
  return Object.values(sites).includes('only');
}

/** Whether the site list alone allows this site (the global switch aside). */
export function isSiteAllowed(settings: Pick<Settings, 'sites'>, hostname: string): boolean {
  const site = normaliseHostname(hostname);
  if (site === null) return false;
  const mode = settings.sites[site];
  if (mode === 'off') return false;
  if (hasOnlySites(settings.sites)) return mode === 'only';
  return true;
}

/** Whether the content script should annotate a page on this host. */
export function isActiveOn(settings: Pick<Settings, 'enabled' | 'sites'>, hostname: string): boolean {
  return settings.enabled && isSiteAllowed(settings, hostname);
}

/**
 * The settings with this site switched on or off, changing as little of the list as possible
 * (nothing when the site is already so). Off writes `off`. On removes an `off`; while other sites are `only`, it adds this one to them,
 * since removing an entry would leave the site off. Note that switching off the last `only` site
 * leaves no `only` entries, so the list no longer restricts MgLens to chosen sites.
 */
export function withSiteActive(settings: Settings, hostname: string, active: boolean): Settings {
  const site = normaliseHostname(hostname);
  if (site === null || isSiteAllowed(settings, site) === active) return settings;
  const sites = { ...settings.sites };
  if (active) {
    delete sites[site];
    if (hasOnlySites(sites)) sites[site] = 'only';
  } else {
    sites[site] = 'off';
  }
  return { ...settings, sites };
}

/**
 * What the keyboard command does: flips what the reader sees on this site. When the global switch
 * is off the page shows nothing, so the command turns it on (and makes sure the site is allowed):
 * the reader asked to see annotations here.
 */
export function withAnnotationToggled(settings: Settings, hostname: string): Settings {
  if (isActiveOn(settings, hostname)) return withSiteActive(settings, hostname, false);
  return withSiteActive({ ...settings, enabled: true }, hostname, true);
}
