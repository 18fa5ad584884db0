import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../src/settings/schema.ts';
import { withLanguage, withoutSite, withSite } from '../../../../src/ui/options/changes.ts';

describe('options edits', () => {
  it('toggles languages, keeping one order', () => {
    const none = { ...defaultSettings(), languages: [] };
    const some = withLanguage(withLanguage(none, 'de', true), 'en', true);
    expect(some.languages).toEqual(['en', 'de']);
    expect(withLanguage(some, 'en', false).languages).toEqual(['de']);
    expect(withLanguage(some, 'de', true).languages).toEqual(['en', 'de']);
  });

  it('sets and removes sites without touching the input', () => {
    const start = defaultSettings();
    const one = withSite(start, 'a.org', 'only');
    expect(one.sites).toEqual({ 'a.org': 'only' });
    expect(withSite(one, 'a.org', 'off').sites).toEqual({ 'a.org': 'off' });
    expect(withoutSite(one, 'a.org').sites).toEqual({});
    expect(start.sites).toEqual({});
  });
});
