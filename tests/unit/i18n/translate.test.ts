import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate.ts';

describe('createTranslator', () => {
  it('looks keys up by area in the chosen locale', () => {
    expect(createTranslator('en')('common.gradeLow')).toBe('Low');
    expect(createTranslator('nb')('common.gradeLow')).toBe('Lav');
    expect(createTranslator('bg')('common.gradeLow')).toBe('Ниска');
    expect(createTranslator('nb')('card.close')).toBe('Lukk kortet');
  });

  it('fills placeholders', () => {
    expect(createTranslator('en')('common.openPassageSource', { title: 'Magnesium og migrene' })).toBe(
      'in “Magnesium og migrene”',
    );
    expect(createTranslator('bg')('common.unknownSource', { id: 'x.txt' })).toBe('Неизвестен източник (x.txt)');
  });

  it('picks plural forms by the locale rules', () => {
    const en = createTranslator('en');
    expect(en.plural('common.countSupporting', 1)).toBe('1 supporting source');
    expect(en.plural('common.countSupporting', 3)).toBe('3 supporting sources');
    expect(en.plural('common.countContrasting', 0)).toBe('0 contrasting sources');
    const bg = createTranslator('bg');
    expect(bg.plural('common.inLanguages', 1)).toBe('на 1 език');
    expect(bg.plural('common.inLanguages', 2)).toBe('на 2 езика');
    expect(createTranslator('nb').plural('common.countContrasting', 1)).toBe('1 motstridende kilde');
    expect(createTranslator('nb').plural('card.termIntro', 2)).toBe('2 påstander i databasen handler om dette begrepet.');
  });

  it('exposes its locale', () => {
    expect(createTranslator('bg').locale).toBe('bg');
  });

  it('shows the key rather than nothing for a key that does not exist at runtime', () => {
    const t = createTranslator('nb') as unknown as (key: string) => string;
    expect(t('card.noSuchKey')).toBe('card.noSuchKey');
    expect(t('nosucharea.key')).toBe('nosucharea.key');
  });
});
