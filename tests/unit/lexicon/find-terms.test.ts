import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../src/lexicon/find-terms.ts';

/** "text:concept" for each term, in order. */
const terms = (text: string): string[] => findTerms(text).map((t) => `${t.text}:${t.concept}`);
/** The concepts found, in order. */
const concepts = (text: string): string[] => findTerms(text).map((t) => t.concept);

describe('findTerms, central concepts in every language', () => {
  it.each([
    ['en', 'Magnesium supplements may prevent migraine and headache; deficiency is common.'],
    ['nb', 'Magnesiumtilskudd kan forebygge migrene og hodepine; magnesiummangel er vanlig.'],
    ['nn', 'Magnesiumtilskot kan hjelpa mot migrene og hovudverk.'],
    ['da', 'Magnesiumtilskud mod migræne og hovedpine ved magnesiummangel.'],
    ['sv', 'Magnesiumtillskott mot migrän och huvudvärk vid magnesiumbrist.'],
    ['de', 'Magnesiumergänzung gegen Migräne und Kopfschmerzen bei Magnesiummangel.'],
    ['bg', 'Хранителните добавки с магнезий предпазват от мигрена и главоболие при дефицит на магнезий.'],
  ])('%s', (_lang, text) => {
    const found = new Set(concepts(text));
    for (const c of ['migraine', 'headache', 'supplement']) expect(found, `${c} in ${text}`).toContain(c);
    expect(found.has('magnesium') || found.has('magnesium-deficiency')).toBe(true);
    expect(found.has('magnesium-deficiency') || text.startsWith('Magnesiumtilskot')).toBe(true);
  });

  it('finds the magnesium forms in each language', () => {
    expect(concepts('magnesium oxide, magnesium citrate, magnesium glycinate, magnesium L-threonate')).toEqual([
      'magnesium-oxide', 'magnesium-citrate', 'magnesium-glycinate', 'magnesium-threonate',
    ]);
    expect(concepts('magnesiumoksid, magnesiumsitrat, magnesiumglysinat og magnesiumlaktat')).toEqual([
      'magnesium-oxide', 'magnesium-citrate', 'magnesium-glycinate', 'magnesium-lactate',
    ]);
    expect(concepts('Magnesiumoxid und Magnesiumcitrat')).toEqual(['magnesium-oxide', 'magnesium-citrate']);
    expect(concepts('магнезиев оксид, цитрат на магнезия и магнезиев бисглицинат')).toEqual([
      'magnesium-oxide', 'magnesium-citrate', 'magnesium-glycinate',
    ]);
  });

  it('reads Bulgarian inflections and definite forms', () => {
    for (const w of ['магнезий', 'магнезият', 'магнезия', 'магнезиев', 'магнезиеви', 'магнезиевите']) expect(concepts(w)).toEqual(['magnesium']);
    for (const w of ['мигрена', 'мигрената', 'мигрени', 'мигрените']) expect(concepts(w)).toEqual(['migraine']);
    expect(concepts('хипомагнезиемията')).toEqual(['magnesium-deficiency']);
  });

  it('reads Norwegian definite and plural forms', () => {
    for (const w of ['migrenen', 'migrener', 'migrenene']) expect(concepts(w)).toEqual(['migraine']);
    for (const w of ['hodepinen', 'hodepiner']) expect(concepts(w)).toEqual(['headache']);
    expect(concepts('blodprøven')).toEqual(['serum-test']);
  });
});

describe('findTerms, compounds and variants', () => {
  it('splits a Nordic compound into its concepts and covers the whole word', () => {
    expect(terms('magnesiumtilskudd')).toEqual(['magnesium:magnesium', 'tilskudd:supplement']);
    expect(terms('migreneanfall')).toEqual(['migreneanfall:migraine']);
    expect(terms('kosttilskudd')).toEqual(['kosttilskudd:supplement']);
    expect(terms('spenningshodepine')).toEqual(['spenningshodepine:tension-headache']);
  });

  it('separates words glued by lost punctuation', () => {
    expect(terms('tarmenMagnesiumoksidmagnesiumhydroksid')).toEqual([
      'Magnesiumoksid:magnesium-oxide',
      'magnesiumhydroksid:magnesium-hydroxide',
    ]);
  });

  it('accepts hyphenated, spaced and one-word spellings', () => {
    for (const text of ['NMDA-reseptor', 'NMDA reseptor', 'NMDA-reseptorene', 'NMDA receptors', 'N-methyl-D-aspartate (NMDA) receptors']) {
      expect(concepts(text)).toEqual(['nmda-receptor']);
    }
    expect(concepts('magnesium-oksid')).toEqual(['magnesium-oxide']);
  });

  it('does not find concepts inside unrelated words', () => {
    expect(concepts('The restaurant serves painted auras')).toEqual(['aura']);
    expect(concepts('tilsvarende nettverk')).toEqual([]);
    expect(concepts('important events')).toEqual([]);
  });

  it('reads a bare salt as magnesium only when no other element names it', () => {
    expect(concepts('citrate and oxide')).toEqual(['magnesium-citrate', 'magnesium-oxide']);
    expect(concepts('calcium citrate')).toEqual(['calcium']);
    expect(concepts('nitric oxide')).toEqual(['nitric-oxide']);
    expect(concepts('zinc oxide')).toEqual([]);
  });

  it('tells vitamin D deficiency from magnesium deficiency', () => {
    expect(concepts('vitamin D deficiency')).toEqual(['vitamin-d']);
    expect(concepts('a deficiency in this mineral')).toEqual(['magnesium-deficiency', 'magnesium']);
  });

  it('uses case to tell Mg (magnesium) from mg (milligrams)', () => {
    expect(terms('400 mg of Mg')).toEqual(['400 mg:dose', 'Mg:magnesium']);
    expect(concepts('mg')).toEqual([]);
  });

  it('reads fewer attacks as relief too, without making frequency claims larger', () => {
    const [fewer] = findTerms('fewer seizures');
    expect(fewer!.concepts).toEqual(['reduces-frequency', 'relief']);
  });

  it('reads a negation inside a term as its meaning unless the rest of the term still says the concept', () => {
    const opacity = (text: string): [string, boolean][] => findTerms(text).map((t) => [t.concept, t.opaque]);
    // The negation makes the concept: "not well absorbed" is poorly absorbed.
    expect(opacity('is not well absorbed')).toEqual([['poorly-absorbed', true]]);
    expect(opacity('often not well absorbed')).toEqual([['poorly-absorbed', true]]);
    expect(opacity('tas ikke godt opp')).toEqual([['poorly-absorbed', true]]);
    expect(opacity('не се усвоява добре')).toEqual([['poorly-absorbed', true]]);
    expect(opacity('not enough magnesium')[0]).toEqual(['magnesium-deficiency', true]);
    // ... or reads as the concept's negation, which it undoes: "not uncommon" is common.
    expect(opacity('not uncommon')).toEqual([['common', true]]);
    // The negation negates the concept the rest still says.
    expect(opacity('is not poorly absorbed')).toEqual([['poorly-absorbed', false]]);
    expect(opacity('is not absorbed poorly')).toEqual([['poorly-absorbed', false]]);
    expect(opacity('tas ikke dårlig opp')).toEqual([['poorly-absorbed', false]]);
    expect(opacity('не се усвоява слабо')).toEqual([['poorly-absorbed', false]]);
  });

  it('reads diarrhoea as a digestive upset, as something the term reads as rather than says', () => {
    const [diarrhoea] = findTerms('diarrhoea');
    expect(diarrhoea!.concepts).toEqual(['diarrhoea', 'gi-upset']);
    expect(diarrhoea!.readAs).toEqual(['gi-upset']);
    expect(findTerms('stomach upset')[0]!.readAs).toEqual([]);
  });

  it('keeps side effects apart from safety; few or no side effects is low risk, its negation its meaning', () => {
    const concepts = (text: string): [string, boolean][] => findTerms(text).map((t) => [t.concept, t.opaque]);
    for (const text of ['side effects', 'bivirkninger', 'странични ефекти', 'adverse reactions']) expect(concepts(text), text).toEqual([['side-effect', false]]);
    for (const text of ['safe', 'harmless', 'well tolerated', 'trygt', 'ufarlig', 'tåles godt', 'безопасен', 'безвреден', 'безрискови']) {
      expect(concepts(text), text).toEqual([['low-risk', false]]);
    }
    for (const text of ['no side effects', 'few side effects', 'ingen bivirkninger', 'få bivirkninger', 'няма странични ефекти', 'малко странични ефекти']) {
      expect(concepts(text), text).toEqual([['low-risk', true]]);
    }
    expect(findTerms('risky')[0]).toMatchObject({ concept: 'low-risk', negated: true });
  });

  it('implies magnesium from a form and keeps predicates as concepts', () => {
    const [oxide, poorly] = findTerms('Magnesium oxide is poorly absorbed');
    expect(oxide!.concepts).toEqual(['magnesium-oxide', 'magnesium']);
    expect(poorly!.concept).toBe('poorly-absorbed');
    expect(poorly!.concepts).toContain('absorption');
  });

  it('lets a multi-word predicate consume only its verb, leaving the concepts inside it', () => {
    expect(concepts('Glycinate keeps migraines at bay')).toEqual(['magnesium-glycinate', 'prevention', 'migraine']);
    expect(concepts('My migraine attacks have dropped from ten to three')).toEqual(['migraine', 'reduces-frequency']);
    expect(terms('The attacks have dropped')).toEqual(['attacks:migraine', 'dropped:reduces-frequency']);
    // Lowering a level is not fewer attacks, even with attacks nearby.
    expect(concepts('Magnesium lowers levels of CGRP during attacks')).not.toContain('reduces-frequency');
    // A soft verb with the condition itself is relief; with a measure of the attacks, fewer or milder attacks.
    expect(concepts('Магнезият облекчава мигрената')).toEqual(['magnesium', 'relief', 'migraine']);
    expect(concepts('Магнезият облекчава тежестта на мигрената')).toEqual(['magnesium', 'reduces-frequency', 'migraine']);
  });
});

describe('findTerms, positions', () => {
  it('reports original offsets through soft hyphens, zero-width characters and look-alikes', () => {
    const text = 'Take Magne\u00ADsium for mi\u200Bgraine, not m\u0430gnesium oxide.';
    for (const t of findTerms(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(terms(text)).toEqual([
      'Take:supplement',
      'Magne\u00ADsium:magnesium',
      'mi\u200Bgraine:migraine',
      'm\u0430gnesium oxide:magnesium-oxide',
    ]);
  });

  it('returns terms in order and never overlapping', () => {
    const text = 'Magnesiummangel gir migreneanfall; magnesiumtilskudd med magnesiumsitrat tas godt opp i tarmen.';
    const found = findTerms(text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('reads the forum shorthand "mag" as magnesium only where it stands for it', () => {
    expect(concepts('took mag for 3 months')).toContain('magnesium');
    expect(concepts('mag is pretty harmless')).toContain('magnesium');
    expect(concepts('a mag wheel on the car')).not.toContain('magnesium');
  });

  it('finds round 18 forms: definite bg diarrhoea, nb "motvirker", nominal nb uptake verdicts, "cramps gone"', () => {
    expect(concepts('Най-честият страничен ефект е разстройството.')).toContain('diarrhoea');
    expect(concepts('Magnesium motvirker leggkramper.')).toEqual(['magnesium', 'relief', 'muscle-cramps']);
    expect(concepts('Opptaket av magnesiumsitrat er godt.')).toEqual(['well-absorbed', 'magnesium-citrate']);
    expect(concepts('Leg cramps gone since I started magnesium')).toContain('relief');
  });
});
