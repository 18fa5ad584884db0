import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/lexicon/compile.ts';
import { findTerms } from '../../../src/lexicon/find-terms.ts';
import { normalise } from '../../../src/lexicon/normalise.ts';
import { hoistLeadingLookbehinds, prefixAdmits, prefixes } from '../../../src/lexicon/regex-shape.ts';
import { Scanner } from '../../../src/lexicon/scanner.ts';

const lexicon = compileLexicon();
const corpus = (id: string) => readFileSync(fileURLToPath(new URL(`../../../corpus/${id}`, import.meta.url)), 'utf8');

describe('the scanner', () => {
  it('finds exactly what trying every form at every word would find (the prefix dispatch loses nothing)', () => {
    // A sample of the forms keeps the reference (every form tried at every word) quick.
    const sample = { ...lexicon, forms: lexicon.forms.filter((_, i) => i % 5 === 0) };
    const everywhere = new Scanner({ ...sample, forms: sample.forms.map((f) => ({ ...f, prefixes: undefined })) });
    const dispatched = new Scanner(sample);
    for (const id of ['000_465aad8e3f0e76aa.txt', '001_d2989948f6cce1c0.txt', '004_93ee198eb23e6ed1.txt']) {
      const text = normalise(corpus(id).slice(0, 3000)).text;
      expect(dispatched.scan(text, () => true)).toEqual(everywhere.scan(text, () => true));
    }
  }, 120_000);

  it('keeps the longest match at a position, and at equal length the form that checks its context', () => {
    expect(findTerms('Magnesiumoksid tas dårlig opp').map((t) => t.concept)).toEqual(['magnesium-oxide', 'poorly-absorbed']);
    expect(findTerms('lower magnesium levels').map((t) => t.concept)[0]).toBe('magnesium-deficiency');
    expect(findTerms('lower blood pressure').map((t) => t.concept)[0]).toBe('reduces');
  });
});

describe('regex shape', () => {
  it('knows the three-character prefixes a form can start with', () => {
    expect([...prefixes('magnesium[a-z]*')!]).toEqual(['mag']);
    expect(new Set(prefixes('(?:low|lower|less)'))).toEqual(new Set(['low', 'les']));
    expect(prefixAdmits(prefixes('\\d+(?:[.,]\\d+)?[\\s\\-]*mg'), '40m')).toBe(true);
    expect(prefixes('(?:a|b)?')).toBeUndefined();
  });

  it('covers every repetition count and every continuation after an unbounded part', () => {
    // "400 mg" starts with three digits: one or two repetitions of \d are not enough.
    const dose = prefixes('\\d+[\\s\\-]*mg')!;
    for (const text of ['400 mg', '40 mg', '4mg', '4000mg']) expect(prefixAdmits(dose, text.slice(0, 3))).toBe(true);
    // After an unspellable part the prefix stays open: "a" + any letter + "c" must admit "axc".
    const open = prefixes('a\\p{L}c')!;
    expect(prefixAdmits(open, 'axc')).toBe(true);
  });

  it('moves a leading lookbehind after the text it guards, without changing what matches', () => {
    const source = '(?<!calcium )citrate';
    const hoisted = hoistLeadingLookbehinds(source);
    expect(hoisted).toBe('(?:citrate)(?<!calcium (?:citrate))');
    for (const text of ['calcium citrate', 'magnesium citrate', 'citrate']) {
      expect([...text.matchAll(new RegExp(hoisted, 'g'))].map((m) => m.index)).toEqual([...text.matchAll(new RegExp(source, 'g'))].map((m) => m.index));
    }
  });
});
