import { describe, expect, it } from 'vitest';
import { pickLocale, UiLocaleSchema } from '../../../src/i18n/locale.ts';

describe('pickLocale', () => {
  it.each([
    [['nb-NO', 'en'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO'], 'nb'],
    [['NB_no'], 'nb'],
    [['bg-BG', 'en-US'], 'bg'],
    [['en-GB', 'nb'], 'en'],
    [['de-DE', 'bg'], 'bg'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ] as const)('%j -> %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});

describe('UiLocaleSchema', () => {
  it('accepts the three UI locales and nothing else', () => {
    for (const locale of ['en', 'nb', 'bg']) expect(UiLocaleSchema.parse(locale)).toBe(locale);
    for (const other of ['de', 'no', '', 1, undefined]) expect(UiLocaleSchema.safeParse(other).success).toBe(false);
  });
});
