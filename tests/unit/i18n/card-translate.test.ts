import { describe, expect, it } from 'vitest';
import {
  CARD_CATALOGUES,
  createCardTranslator,
  type CardMessageKey,
  type CardPluralKey,
  type CardTranslator,
} from '../../../src/i18n/card-translate.ts';
import type { UiLocale } from '../../../src/i18n/locale.ts';
import { CATALOGUES, createTranslator, type Translator } from '../../../src/i18n/translate.ts';

const LOCALES: readonly UiLocale[] = ['en', 'nb', 'bg'];

// Every key of the card's areas, read from the catalogues rather than listed, so a key added later is covered.
const cardKeys = Object.entries(CARD_CATALOGUES).flatMap(([area, byLocale]) =>
  Object.keys(byLocale.en).map((name) => `${area}.${name}` as CardMessageKey),
);
const pluralKeys = cardKeys
  .filter((key) => key.endsWith('One') && cardKeys.includes(`${key.slice(0, -3)}Other` as CardMessageKey))
  .map((key) => key.slice(0, -3) as CardPluralKey);

describe('createCardTranslator', () => {
  it('carries only the card and common areas, the same catalogues the full translator uses', () => {
    expect(Object.keys(CARD_CATALOGUES).sort()).toEqual(['card', 'common']);
    expect(CARD_CATALOGUES.card).toBe(CATALOGUES.card);
    expect(CARD_CATALOGUES.common).toBe(CATALOGUES.common);
  });

  it.each(LOCALES)('translates every card and common key in %s as createTranslator does', (locale) => {
    const card = createCardTranslator(locale);
    const full = createTranslator(locale);
    expect(cardKeys.length).toBeGreaterThan(20);
    const values = { title: 'Magnesium og migrene', id: 'x.txt', count: 3 };
    for (const key of cardKeys) {
      expect(card(key), key).toBe(full(key));
      expect(card(key, values), key).toBe(full(key, values));
    }
  });

  it.each(LOCALES)('picks the same plural forms in %s as createTranslator does', (locale) => {
    const card = createCardTranslator(locale);
    const full = createTranslator(locale);
    expect(pluralKeys).toEqual(expect.arrayContaining(['card.termIntro', 'common.inLanguages']));
    for (const key of pluralKeys) {
      for (const count of [0, 1, 2, 5, 21]) expect(card.plural(key, count), `${key} ${count}`).toBe(full.plural(key, count));
    }
  });

  it('gives the expected words in each locale', () => {
    expect(createCardTranslator('en')('common.gradeLow')).toBe('Low');
    expect(createCardTranslator('nb')('card.close')).toBe('Lukk kortet');
    expect(createCardTranslator('bg')('common.unknownSource', { id: 'x.txt' })).toBe('Неизвестен източник (x.txt)');
    expect(createCardTranslator('bg').plural('common.inLanguages', 2)).toBe('на 2 езика');
    expect(createCardTranslator('nb').plural('card.termIntro', 2)).toBe('2 påstander i databasen handler om dette begrepet.');
  });

  it('exposes its locale', () => {
    for (const locale of LOCALES) expect(createCardTranslator(locale).locale).toBe(locale);
  });

  it('falls back as the full translator does for a key that does not exist at runtime', () => {
    const card = createCardTranslator('nb') as unknown as (key: string) => string;
    const full = createTranslator('nb') as unknown as (key: string) => string;
    for (const key of ['card.noSuchKey', 'common.noSuchKey', 'nosucharea.key']) {
      expect(card(key)).toBe(key);
      expect(card(key)).toBe(full(key));
    }
  });

  it('shows the key itself for an area it does not carry', () => {
    const card = createCardTranslator('en') as unknown as (key: string) => string;
    expect(card('popup.title')).toBe('popup.title');
  });

  it('is typed: card and common keys only, and accepted where a Translator is expected', () => {
    const card: CardTranslator = createCardTranslator('en');
    // The shared components' context and the page session take a Translator; the card one must fit.
    const asFull: Translator = card;
    // A full translator fits where a card one is expected, too.
    const fromFull: CardTranslator = createTranslator('en');
    expect(asFull('card.close')).toBe(fromFull('card.close'));
    const wrongKey = () => {
      // @ts-expect-error the card translator does not carry the popup's area
      card('popup.title');
      // @ts-expect-error nor the explorer's
      card('explorer.allSources');
      // @ts-expect-error a plural key must name a card or common pair
      card.plural('common.gradeLow', 1);
    };
    expect(wrongKey).not.toThrow();
  });
});
