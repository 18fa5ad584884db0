import { describe, expect, it } from 'vitest';
import { ClaimBuildError, buildClaimDatabase } from '../../../src/claims/build.ts';
import {
  EPOCH_NEWS,
  FIBRO_PAGE,
  GLYCINATE_PAGE,
  MIGRENE_BLOG,
  NEURO_ARTICLE,
  type SourceTexts,
} from '../../../src/claims/sources.ts';

/** Small synthetic texts; 000 carries reader comments, as the real one does. */
const TEXTS: SourceTexts = {
  [MIGRENE_BLOG]: 'Magnesium demper migrene hos mange.\n\n2 kommentarer til «Magnesium»\n\nMagnesium kurerer alt, skrev en leser.',
  [GLYCINATE_PAGE]: 'Magnesium glycinate is well absorbed by most people.',
  [FIBRO_PAGE]: 'Magnesium oxide is poorly\nabsorbed, due to low solubility. Magnesium oxide is poorly absorbed.',
  [EPOCH_NEWS]: 'Magnesium may ease fibromyalgia pain, a small trial found.',
  [NEURO_ARTICLE]: 'Магнезият блокира NMDA рецепторите.',
};

const claim = (overrides: Record<string, unknown> = {}) => ({
  id: 'magnesium-eases-migraine',
  topic: 'efficacy',
  concepts: ['magnesium', 'migraine'],
  statement: { en: 'Magnesium eases migraine.', nb: 'Magnesium demper migrene.', bg: 'Магнезият облекчава мигрената.' },
  evidence: [{ source: MIGRENE_BLOG, quote: 'Magnesium demper migrene hos mange.', stance: 'supports', kind: 'assertion', hedged: false }],
  ...overrides,
});

function buildError(claims: unknown[]): ClaimBuildError {
  try {
    buildClaimDatabase(claims, TEXTS);
  } catch (error) {
    if (error instanceof ClaimBuildError) return error;
    throw error;
  }
  throw new Error('expected the build to fail');
}

describe('buildClaimDatabase', () => {
  it('anchors, grades and validates a well-formed claim', () => {
    const db = buildClaimDatabase([claim()], TEXTS);
    expect(db.sources).toHaveLength(5);
    const [built] = db.claims;
    expect(built?.evidence[0]).toMatchObject({ start: 0, end: 35, prefix: '' });
    expect(built?.strength.grade).toBe('very-low');
  });

  it('locates the reader comments of 000 from the text', () => {
    const db = buildClaimDatabase([claim()], TEXTS);
    expect(db.sources.find((s) => s.id === MIGRENE_BLOG)?.commentsStart).toBe(TEXTS[MIGRENE_BLOG].indexOf('2 kommentarer'));
  });

  it('fails on an unanchored quote, naming the claim, the source and the nearest text', () => {
    const bad = claim({
      evidence: [{ source: FIBRO_PAGE, quote: 'Magnesium oxide is badly absorbed, due to low solubility.', stance: 'supports', kind: 'review', hedged: false }],
    });
    const error = buildError([bad]);
    expect(error.claimId).toBe('magnesium-eases-migraine');
    expect(error.source).toBe(FIBRO_PAGE);
    expect(error.nearest).toContain('Magnesium oxide is poorly absorbed');
    expect(error.message).toMatch(/magnesium-eases-migraine.*002_1c2bfa70c31f855c\.txt.*nearest text/s);
  });

  it('fails on an unknown source, naming it', () => {
    const bad = claim({ evidence: [{ source: 'evil.txt', quote: 'Magnesium cures everything.', stance: 'supports', kind: 'assertion', hedged: false }] });
    const error = buildError([bad]);
    expect(error.source).toBe('evil.txt');
    expect(error.message).toMatch(/unknown source "evil\.txt"/);
  });

  it('fails when a quote lies in the reader comments of 000', () => {
    const bad = claim({
      evidence: [{ source: MIGRENE_BLOG, quote: 'Magnesium kurerer alt, skrev en leser.', stance: 'supports', kind: 'anecdote', hedged: false }],
    });
    const error = buildError([bad]);
    expect(error.source).toBe(MIGRENE_BLOG);
    expect(error.message).toMatch(/reader comments/);
  });

  it('fails on a duplicate claim id', () => {
    const other = claim({ concepts: ['magnesium', 'migraine', 'relief'] });
    expect(buildError([claim(), other]).message).toMatch(/duplicate claim id "magnesium-eases-migraine"/);
  });

  it('fails when two claims have the same concepts, counting a form as magnesium', () => {
    const a = claim({ id: 'oxide-a', concepts: ['magnesium-oxide', 'poorly-absorbed'] });
    const b = claim({ id: 'oxide-b', concepts: ['magnesium', 'magnesium-oxide', 'poorly-absorbed'] });
    expect(buildError([a, b]).message).toMatch(/"oxide-a" and "oxide-b" have the same concepts/);
  });

  it('fails on a quote that occurs twice in its source', () => {
    const bad = claim({
      evidence: [{ source: FIBRO_PAGE, quote: 'Magnesium oxide is poorly absorbed', stance: 'supports', kind: 'review', hedged: false }],
    });
    expect(buildError([bad]).message).toMatch(/occurs 2 times/);
  });

  it('fails on a quote too long to be precise', () => {
    const long = `${'Magnesium '.repeat(31)}`;
    const bad = claim({ evidence: [{ source: GLYCINATE_PAGE, quote: long, stance: 'supports', kind: 'assertion', hedged: false }] });
    expect(buildError([bad]).message).toMatch(/longer than 300/);
  });

  it('fails on a malformed claim, naming it', () => {
    const bad = claim({ concepts: ['magnesium', 'unicorns'] });
    expect(buildError([bad]).message).toMatch(/claim "magnesium-eases-migraine" is malformed: concepts\.1/);
  });

  it('fails when the comments marker of 000 has gone missing', () => {
    const texts = { ...TEXTS, [MIGRENE_BLOG]: 'Magnesium demper migrene hos mange.' };
    expect(() => buildClaimDatabase([claim()], texts)).toThrow(/comments marker "kommentarer til" not found/);
  });
});
