import { describe, expect, it } from 'vitest';
import { normaliseHostname, siteOfUrl } from '../../../src/settings/hostname.ts';
import { defaultSettings, type Settings } from '../../../src/settings/schema.ts';
import { isActiveOn, withAnnotationToggled, withSiteActive } from '../../../src/settings/site-rules.ts';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });

describe('normaliseHostname', () => {
  it('stores one form per site', () => {
    expect(normaliseHostname('Example.COM')).toBe('example.com');
    expect(normaliseHostname('www.example.com.')).toBe('example.com');
    expect(normaliseHostname('https://news.example.com:8080/a?b#c')).toBe('news.example.com');
    expect(normaliseHostname('example.com/path')).toBe('example.com');
    expect(normaliseHostname('127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseHostname('[::1]')).toBe('[::1]');
    expect(normaliseHostname('localhost')).toBe('localhost');
    expect(normaliseHostname('www.com')).toBe('www.com');
  });

  it('writes international names as the browser does (punycode)', () => {
    expect(normaliseHostname('blåbær.no')).toBe(new URL('http://blåbær.no').hostname);
    expect(normaliseHostname('blåbær.no')).toMatch(/^xn--/);
    expect(normaliseHostname('пример.бг')).toMatch(/^xn--/);
  });

  it('refuses what names no site', () => {
    for (const bad of ['', '   ', 'exa mple.com', 'a'.repeat(300) + '.com', '<script>', 'http://']) {
      expect(normaliseHostname(bad), bad).toBeNull();
    }
  });

  it('finds the site of http(s) pages only', () => {
    expect(siteOfUrl('https://www.example.com/x')).toBe('example.com');
    expect(siteOfUrl('chrome://extensions')).toBeNull();
    expect(siteOfUrl('file:///tmp/a.html')).toBeNull();
    expect(siteOfUrl(undefined)).toBeNull();
    expect(siteOfUrl('not a url')).toBeNull();
  });
});

describe('isActiveOn', () => {
  it('runs everywhere by default', () => {
    expect(isActiveOn(settings(), 'example.com')).toBe(true);
  });

  it('obeys the global switch above all', () => {
    expect(isActiveOn(settings({ enabled: false }), 'example.com')).toBe(false);
    expect(isActiveOn(settings({ enabled: false, sites: { 'example.com': 'only' } }), 'example.com')).toBe(false);
  });

  it('keeps "off" sites off', () => {
    const s = settings({ sites: { 'example.com': 'off' } });
    expect(isActiveOn(s, 'example.com')).toBe(false);
    expect(isActiveOn(s, 'WWW.Example.com')).toBe(false);
    expect(isActiveOn(s, 'other.org')).toBe(true);
    // Entries name exact sites; a subdomain is its own site.
    expect(isActiveOn(s, 'news.example.com')).toBe(true);
  });

  it('runs only on "only" sites once there is one', () => {
    const s = settings({ sites: { 'example.com': 'only', 'b.org': 'off' } });
    expect(isActiveOn(s, 'example.com')).toBe(true);
    expect(isActiveOn(s, 'other.org')).toBe(false);
    expect(isActiveOn(s, 'b.org')).toBe(false);
  });

  it('is off for what is not a site', () => {
    expect(isActiveOn(settings(), '')).toBe(false);
    expect(isActiveOn(settings(), 'bad host')).toBe(false);
  });
});

describe('withSiteActive', () => {
  it('writes "off" to switch a site off and removes it to switch it back on', () => {
    const off = withSiteActive(settings(), 'www.example.com', false);
    expect(off.sites).toEqual({ 'example.com': 'off' });
    expect(withSiteActive(off, 'example.com', true).sites).toEqual({});
  });

  it('adds a site to the "only" list when switched on there', () => {
    const s = settings({ sites: { 'a.org': 'only' } });
    expect(withSiteActive(s, 'b.org', true).sites).toEqual({ 'a.org': 'only', 'b.org': 'only' });
  });

  it('changes nothing when the site is already so', () => {
    const s = settings({ sites: { 'a.org': 'only' } });
    expect(withSiteActive(s, 'a.org', true)).toBe(s);
    expect(withSiteActive(s, 'b.org', false)).toBe(s);
    expect(withSiteActive(s, 'not a host', false)).toBe(s);
  });

  it('does not mutate its input', () => {
    const s = settings();
    withSiteActive(s, 'example.com', false);
    expect(s.sites).toEqual({});
  });
});

describe('withAnnotationToggled (the keyboard command)', () => {
  it('flips the site', () => {
    const once = withAnnotationToggled(settings(), 'example.com');
    expect(isActiveOn(once, 'example.com')).toBe(false);
    const twice = withAnnotationToggled(once, 'example.com');
    expect(isActiveOn(twice, 'example.com')).toBe(true);
    expect(twice.sites).toEqual({});
  });

  it('turns the global switch on when everything was off', () => {
    const next = withAnnotationToggled(settings({ enabled: false }), 'example.com');
    expect(next.enabled).toBe(true);
    expect(isActiveOn(next, 'example.com')).toBe(true);
  });
});
