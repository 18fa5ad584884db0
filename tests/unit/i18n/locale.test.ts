import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../src/i18n/locale.ts';

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
