import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterClaims, filterFromSearch, filterToSearch, foldForSearch, searchTerms } from '../../../../src/ui/explorer/filter.ts';
import { database } from './fixtures.ts';

const ids = (filter: Partial<typeof NO_FILTER>) =>
  filterClaims(database.claims, database.sources, { ...NO_FILTER, ...filter }).map((c) => c.id);

describe('explorer search', () => {
  it('shows every claim without a filter', () => {
    expect(ids({})).toEqual(['magnesium-blocks-nmda', 'citrate-well-absorbed', 'magnesium-prevents-migraine']);
  });

  it('finds words in any of the three statements', () => {
    expect(ids({ query: 'receptors' })).toEqual(['magnesium-blocks-nmda']);
    expect(ids({ query: 'forebygge' })).toEqual(['magnesium-prevents-migraine']);
    expect(ids({ query: 'цитрат' })).toEqual(['citrate-well-absorbed']);
  });

  it('finds words in the quotes and source titles', () => {
    expect(ids({ query: 'assimilate' })).toEqual(['citrate-well-absorbed']);
    expect(ids({ query: 'мозъка' })).toEqual(['magnesium-blocks-nmda']);
    expect(ids({ query: 'glycinate' })).toEqual(['citrate-well-absorbed', 'magnesium-prevents-migraine']);
  });

  it('ignores case, accents and extra spaces, and needs every word', () => {
    expect(ids({ query: '  MAGNÉSIUM   Citrate ' })).toEqual(['citrate-well-absorbed']);
    expect(ids({ query: 'МАГНЕЗИЯТ NMDA' })).toEqual(['magnesium-blocks-nmda']);
    expect(ids({ query: 'citrate nmda' })).toEqual([]);
  });

  it('keeps quoted phrases together', () => {
    expect(searchTerms('"well absorbed" mg')).toEqual(['well absorbed', 'mg']);
    expect(ids({ query: '"well absorbed"' })).toEqual(['citrate-well-absorbed']);
    expect(ids({ query: '"absorbed well"' })).toEqual([]);
  });

  it('treats markup-like text as plain words', () => {
    expect(ids({ query: '<script>' })).toEqual(['citrate-well-absorbed']);
  });

  it('folds Bulgarian and Norwegian letters consistently', () => {
    expect(foldForSearch('Ще Й Å Ø')).toBe(foldForSearch('ще й å ø'));
  });
});

describe('explorer filters', () => {
  it('filters by grade and by topic', () => {
    expect(ids({ grade: 'low' })).toEqual(['magnesium-blocks-nmda']);
    expect(ids({ grade: 'high' })).toEqual([]);
    expect(ids({ topic: 'forms' })).toEqual(['citrate-well-absorbed']);
  });

  it('filters by the language of the evidence sources', () => {
    expect(ids({ language: 'bg' })).toEqual(['magnesium-blocks-nmda']);
    expect(ids({ language: 'nb' })).toEqual(['citrate-well-absorbed']);
    expect(ids({ language: 'en' })).toEqual(['citrate-well-absorbed', 'magnesium-prevents-migraine']);
  });

  it('combines filters and search', () => {
    expect(ids({ language: 'en', query: 'prevent' })).toEqual(['magnesium-prevents-migraine']);
    expect(ids({ language: 'en', grade: 'very-low', topic: 'forms' })).toEqual(['citrate-well-absorbed']);
  });

  it('round-trips through the address, and reads unknown values as "any"', () => {
    const filter = { query: 'nmda & co', grade: 'low', topic: 'mechanism', language: 'bg' } as const;
    expect(filterToSearch(filter)).toBe('?q=nmda+%26+co&grade=low&topic=mechanism&lang=bg');
    expect(filterFromSearch(filterToSearch(filter))).toEqual(filter);
    expect(filterToSearch(NO_FILTER)).toBe('');
    expect(filterFromSearch('?grade=excellent&topic=__proto__&lang=xx')).toEqual(NO_FILTER);
    expect(filterFromSearch(`?q=${'a'.repeat(1000)}`).query).toHaveLength(200);
  });
});
