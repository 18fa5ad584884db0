import { describe, expect, it } from 'vitest';
import { loadClaimBundle } from '../../../src/claims/database.ts';
import type { ConceptId } from '../../../src/lexicon/concept-ids.ts';
import { createMatcher } from '../../../src/matching/matcher.ts';
import { blockLanguage, createPageMatcher } from '../../../src/matching/page-matcher.ts';
import { isHighlightedTerm } from '../../../src/matching/term-concepts.ts';
import { MatchBlocksResultSchema } from '../../../src/settings/match-schemas.ts';

const bundle = loadClaimBundle();
const pageMatcher = createPageMatcher(bundle);
const ALL = ['en', 'nb', 'bg'] as const;

const claimOf = (id: string) => {
  const claim = bundle.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id} in the bundle`);
  return claim;
};

describe('createPageMatcher', () => {
  it.each([
    ['en', 'Magnesium blocks NMDA receptors.', 'magnesium-blocks-nmda-receptors', 'affirms'],
    ['en', 'Magnesium does not help migraine.', 'magnesium-relieves-migraine', 'denies'],
    // Sentences from demo/article-nb.html and demo/article-bg.html.
    ['nb', 'Daglig magnesiumtilskudd kan gi færre og mildere migreneanfall.', 'magnesium-reduces-migraine-frequency', 'affirms'],
    ['bg', 'Магнезиевият оксид се усвоява слабо от червата.', 'magnesium-oxide-poorly-absorbed', 'affirms'],
  ] as const)('finds the claim in a %s sentence: %s', (lang, text, claimId, polarity) => {
    const { results, claims } = pageMatcher.match([{ text, lang }], ALL);
    expect(results).toHaveLength(1);
    // The whole sentence is the claim's span.
    expect(results[0]!.claims).toEqual([{ start: 0, end: text.length, claimId, polarity }]);
    const claim = claimOf(claimId);
    // Exactly the claims the results name, each with what the page shows: grade and statement.
    expect(claims).toEqual({ [claimId]: { grade: claim.strength.grade, statement: claim.statement } });
    expect(MatchBlocksResultSchema.safeParse({ results, claims }).success).toBe(true);
  });

  it('finds the claim when the block declares no language', () => {
    const { results } = pageMatcher.match([{ text: 'Magnesiumoksid tas dårlig opp.' }], ['nb']);
    expect(results[0]!.claims.map((c) => c.claimId)).toEqual(['magnesium-oxide-poorly-absorbed']);
  });

  it('leaves a block in a language the reader did not choose without terms or claims', () => {
    const english = 'Magnesium blocks NMDA receptors.';
    // Declared language outside the reader's choice (including one the database does not know).
    for (const [lang, languages] of [
      ['en', ['nb', 'bg']],
      ['bg', ['en']],
      ['de', ALL],
      ['fr', ALL],
    ] as const) {
      expect(pageMatcher.match([{ text: english, lang }], languages).results, `${lang} vs ${languages.join()}`).toEqual([
        { terms: [], claims: [] },
      ]);
    }
    // No declared language: the guess decides.
    expect(pageMatcher.match([{ text: 'Магнезият блокира NMDA рецепторите.' }], ['en']).results).toEqual([{ terms: [], claims: [] }]);
    expect(pageMatcher.match([{ text: english }], ['nb', 'bg'])).toEqual({ results: [{ terms: [], claims: [] }], claims: {} });
    // Same blocks in a chosen language are matched (so the emptiness above is the language's doing).
    expect(pageMatcher.match([{ text: english, lang: 'en' }], ['en']).results[0]!.claims).toHaveLength(1);
  });

  it('reads a Norwegian tag (no, nn, nb-NO) as the reader\'s Norwegian', () => {
    for (const lang of ['no', 'nn', 'nb-NO', 'NB']) {
      const { results } = pageMatcher.match([{ text: 'Magnesiumoksid tas dårlig opp.', lang }], ['nb']);
      expect(results[0]!.claims.map((c) => c.claimId), lang).toEqual(['magnesium-oxide-poorly-absorbed']);
    }
  });

  it('offers subject terms such as magnesium and migraine, not predicates or very general concepts', () => {
    const text = 'I read about magnesium and migraine. Magnesium supplements help with stress and sleep and pain.';
    // The matcher itself finds the general concepts; the page matcher keeps them from being underlined.
    const found = createMatcher(bundle).matchBlock(text).terms.map((t) => t.concept);
    expect(found).toEqual(expect.arrayContaining(['supplement', 'stress', 'sleep', 'pain']));

    const [result] = pageMatcher.match([{ text, lang: 'en' }], ['en']).results;
    const offered = result!.terms.map((t) => t.concept);
    expect(offered).toEqual(['magnesium', 'migraine', 'magnesium']);
    for (const concept of found.filter((c) => !offered.includes(c))) expect(isHighlightedTerm(concept as ConceptId), concept).toBe(false);
    // Offsets point at the words in the block's text; only start, end and concept travel.
    expect(result!.terms.map((t) => text.slice(t.start, t.end))).toEqual(['magnesium', 'migraine', 'Magnesium']);
    expect(Object.keys(result!.terms[0]!).sort()).toEqual(['concept', 'end', 'start']);
  });

  it('tells predicates and general concepts apart from subject terms', () => {
    for (const concept of ['magnesium', 'migraine', 'magnesium-oxide', 'nmda-receptor', 'magnesium-glycinate'] as ConceptId[]) {
      expect(isHighlightedTerm(concept), concept).toBe(true);
    }
    for (const concept of ['supplement', 'pain', 'sleep', 'stress', 'brain', 'relief', 'linked-to', 'cure'] as ConceptId[]) {
      expect(isHighlightedTerm(concept), concept).toBe(false);
    }
  });

  it('answers in the order of the blocks, one result per block', () => {
    const blocks = [
      { text: 'Magnesiumoksid tas dårlig opp.', lang: 'nb' },
      { text: 'Nothing about the subject here.', lang: 'en' },
      { text: 'Magnesium blocks NMDA receptors.', lang: 'en' },
      { text: 'Magnesium blocks NMDA receptors.', lang: 'de' },
      { text: 'Магнезиевият оксид се усвоява слабо.', lang: 'bg' },
    ];
    const { results, claims } = pageMatcher.match(blocks, ALL);
    expect(results.map((r) => r.claims.map((c) => c.claimId))).toEqual([
      ['magnesium-oxide-poorly-absorbed'],
      [],
      ['magnesium-blocks-nmda-receptors'],
      [],
      ['magnesium-oxide-poorly-absorbed'],
    ]);
    expect(Object.keys(claims).sort()).toEqual(['magnesium-blocks-nmda-receptors', 'magnesium-oxide-poorly-absorbed']);
    expect(pageMatcher.match([], ALL)).toEqual({ results: [], claims: {} });
  });
});

describe('blockLanguage', () => {
  it('maps the Norwegian tags to nb and keeps the base of other tags', () => {
    expect(['no', 'nn', 'nb', 'nb-NO', 'nn_NO', 'NO'].map((tag) => blockLanguage('The text does not decide.', tag))).toEqual(
      Array(6).fill('nb'),
    );
    expect(blockLanguage('Magnesium er bra.', 'en-GB')).toBe('en');
    expect(blockLanguage('Magnesium is good.', 'bg')).toBe('bg');
    expect(blockLanguage('Magnesium is good.', 'de-AT')).toBe('de');
  });

  it('guesses from the text when the block declares no language', () => {
    expect(blockLanguage('Magnesium er bra for deg, og det hjelper mot migrene.', undefined)).toBe('nb');
    expect(blockLanguage('Магнезият блокира NMDA рецепторите.', undefined)).toBe('bg');
    expect(blockLanguage('The magnesium in this food is good for you.', undefined)).toBe('en');
    expect(blockLanguage('Магнезият блокира NMDA рецепторите.', '')).toBe('bg');
  });
});
