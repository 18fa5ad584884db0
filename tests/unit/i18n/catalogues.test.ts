import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/translate.ts';

// The type checker already enforces this; the test also catches a catalogue widened to `any`
// or an area wired into translate.ts with a locale's file mixed up.
describe('catalogues', () => {
  for (const [area, byLocale] of Object.entries(CATALOGUES)) {
    const englishKeys = Object.keys(byLocale.en).sort();
    for (const [locale, catalogue] of Object.entries(byLocale)) {
      it(`${area}/${locale} has exactly the English keys, each non-empty`, () => {
        expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
        for (const value of Object.values(catalogue as Record<string, string>)) expect(value.trim()).not.toBe('');
      });

      it(`${area}/${locale} keeps the English placeholders`, () => {
        const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        const english = byLocale.en as Record<string, string>;
        for (const [key, value] of Object.entries(catalogue as Record<string, string>)) {
          expect(placeholders(value), `${area}.${key}`).toEqual(placeholders(english[key] ?? ''));
        }
      });
    }
  }

  // Only for the areas whose wording is known to differ in every entry; another area may well have
  // a word that is the same in Norwegian ("Status"), so it is not held to this.
  it.each(['card', 'common'] as const)('%s: nb and bg are translated, not copies of English', (area) => {
    const english = CATALOGUES[area].en as Record<string, string>;
    for (const locale of ['nb', 'bg'] as const) {
      const copied = Object.entries(CATALOGUES[area][locale] as Record<string, string>)
        .filter(([key, value]) => value === english[key] && value !== 'MgLens')
        .map(([key]) => key);
      expect(copied, locale).toEqual([]);
    }
  });
});
