import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, type ConceptId } from '../../../src/lexicon/concept-ids.ts';
import { compileLexicon } from '../../../src/lexicon/compile.ts';
import { formsOf } from '../../../src/lexicon/forms/index.ts';
import type { FormLanguage } from '../../../src/lexicon/forms/types.ts';

const has = (concept: ConceptId, language: FormLanguage) => formsOf(concept).some((f) => (f[language]?.length ?? 0) > 0);

describe('lexicon coverage', () => {
  it('has surface forms in en, nb and bg for every concept id, including ids appended later', () => {
    for (const concept of CONCEPT_IDS) for (const language of ['en', 'nb', 'bg'] as const) expect(has(concept, language), `${concept} ${language}`).toBe(true);
  });

  it('has da, sv and de forms for the central concepts', () => {
    const central: ConceptId[] = ['magnesium', 'magnesium-oxide', 'magnesium-citrate', 'magnesium-glycinate', 'migraine', 'headache', 'magnesium-deficiency', 'supplement'];
    for (const concept of central) for (const language of ['da', 'sv', 'de'] as const) expect(has(concept, language), `${concept} ${language}`).toBe(true);
  });

  it('compiles into one pattern without capturing groups, forms ordered most specific first', () => {
    const { pattern, forms } = compileLexicon();
    expect(pattern.flags).toContain('u');
    expect(new RegExp(`${pattern.source}|`, 'u').exec('')!.length).toBe(1);
    expect(forms.length).toBeGreaterThan(1000);
    const oxide = forms.findIndex((f) => f.concept === 'magnesium-oxide' && f.source.includes('magnesium'));
    const plain = forms.findIndex((f) => f.concept === 'magnesium' && f.body.startsWith('(?:magnesium)'));
    expect(oxide).toBeLessThan(plain);
  });

  it('gives every concept a form that the combined pattern finds', () => {
    const { pattern } = compileLexicon();
    for (const text of ['magnesium', 'migrene', 'мигрена', 'NMDA-reseptor', 'магнезиев оксид']) {
      pattern.lastIndex = 0;
      expect(pattern.test(text.toLowerCase()), text).toBe(true);
    }
  });
});
