import { describe, expect, it } from 'vitest';
import { MATCH_LIMITS, MatchBlocksResultSchema } from '../../../src/settings/match-schemas.ts';
import { BackgroundRequestSchema } from '../../../src/settings/message-schemas.ts';

const accepts = (message: unknown) => BackgroundRequestSchema.safeParse(message).success;

const matchBlocks = (blocks: { text: string; lang?: string }[], languages: string[] = ['en', 'nb']) => ({
  type: 'match-blocks',
  languages,
  blocks,
});
const blocksOf = (count: number, chars: number) => Array.from({ length: count }, () => ({ text: 'x'.repeat(chars) }));

describe('the match-blocks request', () => {
  it('accepts a normal request and keeps its blocks as sent', () => {
    const request = matchBlocks([{ text: 'Magnesium blocks NMDA receptors.', lang: 'en' }, { text: 'Magnesiumoksid tas dårlig opp.' }]);
    expect(BackgroundRequestSchema.parse(request)).toEqual(request);
    expect(accepts(matchBlocks([], []))).toBe(true);
  });

  it(`accepts at most ${MATCH_LIMITS.blocks} blocks`, () => {
    expect(accepts(matchBlocks(blocksOf(MATCH_LIMITS.blocks, 10)))).toBe(true);
    expect(accepts(matchBlocks(blocksOf(MATCH_LIMITS.blocks + 1, 10)))).toBe(false);
  });

  it(`accepts blocks of at most ${MATCH_LIMITS.blockChars} characters`, () => {
    expect(accepts(matchBlocks(blocksOf(1, MATCH_LIMITS.blockChars)))).toBe(true);
    expect(accepts(matchBlocks(blocksOf(1, MATCH_LIMITS.blockChars + 1)))).toBe(false);
  });

  it(`accepts at most ${MATCH_LIMITS.requestChars} characters in all blocks together`, () => {
    const perBlock = MATCH_LIMITS.requestChars / 4;
    expect(perBlock).toBeLessThanOrEqual(MATCH_LIMITS.blockChars);
    expect(accepts(matchBlocks(blocksOf(4, perBlock)))).toBe(true);
    expect(accepts(matchBlocks([...blocksOf(4, perBlock), { text: 'x' }]))).toBe(false);
  });

  it('rejects a language the matcher does not know, and an overlong lang tag', () => {
    expect(accepts(matchBlocks([{ text: 'Bonjour' }], ['fr']))).toBe(false);
    expect(accepts(matchBlocks([{ text: 'Hi' }], ['EN']))).toBe(false);
    expect(accepts(matchBlocks([{ text: 'Hi', lang: 'x'.repeat(MATCH_LIMITS.lang + 1) }]))).toBe(false);
    expect(accepts(matchBlocks([{ text: 'Hi', lang: 'fr-CA' }]))).toBe(true);
  });

  it('rejects blocks that are not text', () => {
    expect(accepts(matchBlocks([{ text: 42 } as never]))).toBe(false);
    expect(accepts({ type: 'match-blocks', languages: ['en'] })).toBe(false);
  });
});

describe('the card-data request', () => {
  const cardData = (subject: unknown) => ({ type: 'card-data', subject });

  it('accepts a claim id or a concept key', () => {
    expect(accepts(cardData({ kind: 'claim', claimId: 'magnesium-blocks-nmda-receptors' }))).toBe(true);
    expect(accepts(cardData({ kind: 'term', concept: 'magnesium-oxide' }))).toBe(true);
  });

  it('rejects a malformed claim id or concept', () => {
    for (const bad of ['<img src=x onerror=alert(1)>', 'Magnesium', 'a--b', '-a', '', '../x', 'a'.repeat(201)]) {
      expect(accepts(cardData({ kind: 'claim', claimId: bad })), bad).toBe(false);
      expect(accepts(cardData({ kind: 'term', concept: bad })), bad).toBe(false);
    }
    expect(accepts(cardData({ kind: 'term', concept: 'a'.repeat(101) }))).toBe(false);
    expect(accepts(cardData({ kind: 'source', claimId: 'magnesium' }))).toBe(false);
    expect(accepts(cardData({ kind: 'claim', concept: 'magnesium' }))).toBe(false);
  });
});

describe('MatchBlocksResultSchema', () => {
  const statement = { en: 'Magnesium blocks NMDA receptors.', nb: 'Magnesium blokkerer NMDA-reseptorer.', bg: 'Магнезият блокира NMDA рецепторите.' };
  type Span = { start: number; end: number };
  const ok: Span = { start: 0, end: 9 };
  const result = ({ term = ok, claim = ok }: { term?: Span; claim?: Span } = {}) => ({
    results: [{ terms: [{ ...term, concept: 'magnesium' }], claims: [{ ...claim, claimId: 'c1', polarity: 'affirms' }] }],
    claims: { c1: { grade: 'moderate', statement } },
  });
  const valid = (value: unknown) => MatchBlocksResultSchema.safeParse(value).success;

  it('accepts offsets that are whole and not negative', () => {
    expect(valid(result())).toBe(true);
  });

  it('rejects negative or fractional offsets in terms and in claims', () => {
    for (const bad of [{ start: -1, end: 9 }, { start: 0, end: -9 }, { start: 0.5, end: 9 }]) {
      expect(valid(result({ term: bad })), `term ${JSON.stringify(bad)}`).toBe(false);
      expect(valid(result({ claim: bad })), `claim ${JSON.stringify(bad)}`).toBe(false);
    }
  });

  it('rejects a claim summary without a statement in every language or with an unknown grade', () => {
    const good = result();
    expect(valid({ ...good, claims: { c1: { grade: 'moderate', statement: { en: 'x', nb: 'y' } } } })).toBe(false);
    expect(valid({ ...good, claims: { c1: { grade: 'great', statement } } })).toBe(false);
    expect(valid({ ...good, claims: { '<b>': { grade: 'moderate', statement } } })).toBe(false);
  });
});
