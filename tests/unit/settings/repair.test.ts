import { describe, expect, it } from 'vitest';
import { repairSettings } from '../../../src/settings/repair-settings.ts';
import { MAX_SITES, MATCH_LANGUAGES, SettingsSchema, defaultSettings } from '../../../src/settings/schema.ts';

describe('repairSettings', () => {
  it('reads nothing stored as the defaults, without a repair', () => {
    expect(repairSettings(null)).toEqual({ value: defaultSettings(), repaired: false });
    expect(repairSettings(undefined)).toEqual({ value: defaultSettings(), repaired: false });
  });

  it('accepts valid settings unchanged', () => {
    const valid = { ...defaultSettings(), enabled: false, languages: ['bg'], minGrade: 'moderate', sites: { 'a.org': 'only' } };
    expect(repairSettings(valid)).toEqual({ value: valid, repaired: false });
  });

  it('replaces a value of the wrong kind whole', () => {
    for (const junk of ['{"enabled":false', 42, true, [1, 2], 'x'.repeat(1_000_000), new Date(0)]) {
      const { value, repaired } = repairSettings(junk);
      expect(value).toEqual(defaultSettings());
      expect(repaired).toBe(true);
    }
  });

  it('repairs field by field, keeping what is valid', () => {
    const { value, repaired } = repairSettings({
      enabled: false,
      languages: 'en',
      minGrade: 'excellent',
      highlightTerms: 'yes',
      hoverDelayMs: 1e12,
      style: 'neon',
      sites: ['example.com'],
    });
    expect(repaired).toBe(true);
    expect(value).toEqual({ ...defaultSettings(), enabled: false });
    expect(SettingsSchema.safeParse(value).success).toBe(true);
  });

  it('drops unknown keys', () => {
    const { value, repaired } = repairSettings({ ...defaultSettings(), evil: '<img onerror=alert(1)>', __proto__x: 1 });
    expect(repaired).toBe(true);
    expect(value).toEqual(defaultSettings());
  });

  it('keeps known languages once each, in their order', () => {
    expect(repairSettings({ languages: ['sv', 'xx', 'sv', 3, 'en'] }).value.languages).toEqual(['sv', 'en']);
    expect(repairSettings({ languages: [] }).value.languages).toEqual([]);
    expect(repairSettings({ languages: ['xx'] }).value.languages).toEqual([...MATCH_LANGUAGES]);
    expect(repairSettings({ languages: new Array(10_000).fill('en') }).value.languages).toEqual([...MATCH_LANGUAGES]);
  });

  it('keeps each valid site, normalised, and drops the rest', () => {
    const { value } = repairSettings({
      sites: { 'WWW.Example.com': 'off', 'bad host': 'off', 'a.org': 'sometimes', 'b.org': 'only', 'example.com': 'only' },
    });
    expect(value.sites).toEqual({ 'example.com': 'off', 'b.org': 'only' });
  });

  it('bounds a huge site list', () => {
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES * 3 }, (_, i) => [`s${i}.example`, 'off']));
    const { value, repaired } = repairSettings({ sites });
    expect(Object.keys(value.sites)).toHaveLength(MAX_SITES);
    expect(repaired).toBe(true);
  });

  it('rejects delays out of bounds or fractional', () => {
    expect(repairSettings({ hoverDelayMs: -1 }).value.hoverDelayMs).toBe(300);
    expect(repairSettings({ hoverDelayMs: 2001 }).value.hoverDelayMs).toBe(300);
    expect(repairSettings({ hoverDelayMs: Number.NaN }).value.hoverDelayMs).toBe(300);
    expect(repairSettings({ hoverDelayMs: 12.5 }).value.hoverDelayMs).toBe(300);
    expect(repairSettings({ hoverDelayMs: 0 }).value.hoverDelayMs).toBe(0);
    expect(repairSettings({ hoverDelayMs: 2000 }).value.hoverDelayMs).toBe(2000);
  });

  it('never hands out the shared defaults', () => {
    const a = repairSettings(null).value;
    a.languages.pop();
    a.sites['x.org'] = 'off';
    expect(repairSettings(null).value).toEqual(defaultSettings());
  });
});
