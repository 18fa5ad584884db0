import { describe, expect, it, vi } from 'vitest';
import { cardData } from '../../../src/claims/card-data.ts';
import { loadClaimBundle } from '../../../src/claims/database.ts';
import type { AnnotatedItem } from '../../../src/page/annotator.ts';
import { createCardContent, type CardContext } from '../../../src/page/card-content.ts';
import type { CardData, CardSubject } from '../../../src/settings/match-schemas.ts';

const bundle = loadClaimBundle();
const CLAIM_ID = 'magnesium-blocks-nmda-receptors';
const sourceHref = () => '#source';

function item(fields: Partial<AnnotatedItem>): AnnotatedItem {
  return { id: 'i1', kind: 'claim', block: {} as Element, start: 0, end: 10, text: '', prefix: '', suffix: '', pieces: [], ...fields };
}
const claimItem = (fields: Partial<AnnotatedItem> = {}) =>
  item({ kind: 'claim', claimId: CLAIM_ID, polarity: 'denies', text: 'Magnesium does not block NMDA receptors.', ...fields });
const termItem = (fields: Partial<AnnotatedItem> = {}) => item({ kind: 'term', concept: 'magnesium', text: 'Magnesium', ...fields });

/** Answers as the background does, from the real bundle. */
const fromBundle = (subject: CardSubject): Promise<CardData> => Promise.resolve(cardData(bundle, subject));

function setup(fetchCard: CardContext['fetchCard'] = fromBundle) {
  const fetch = vi.fn(fetchCard);
  return { fetch, contentFor: createCardContent({ locale: 'nb', sourceHref, fetchCard: fetch }) };
}

describe('createCardContent', () => {
  it('makes a claim card from the fetched claim, with the page sentence, polarity and sources', async () => {
    const { fetch, contentFor } = setup();
    const content = await contentFor(claimItem());
    const expected = cardData(bundle, { kind: 'claim', claimId: CLAIM_ID });
    expect(fetch).toHaveBeenCalledWith({ kind: 'claim', claimId: CLAIM_ID });
    expect(content).toEqual({
      kind: 'claim',
      claim: expected.claims[0],
      polarity: 'denies',
      sentence: 'Magnesium does not block NMDA receptors.',
      sources: expected.sources,
      locale: 'nb',
      sourceHref,
    });
  });

  it('reads a claim without a polarity as affirming it', async () => {
    const { contentFor } = setup();
    expect(await contentFor(claimItem({ polarity: undefined }))).toMatchObject({ kind: 'claim', polarity: 'affirms' });
  });

  it('makes a term card named as the page writes the term, with the claims about its concept', async () => {
    const { fetch, contentFor } = setup();
    const content = await contentFor(termItem({ text: 'magnesiumet' }));
    const expected = cardData(bundle, { kind: 'term', concept: 'magnesium' });
    expect(fetch).toHaveBeenCalledWith({ kind: 'term', concept: 'magnesium' });
    expect(content).toEqual({
      kind: 'term',
      conceptId: 'magnesium',
      displayName: 'magnesiumet',
      claims: expected.claims,
      sources: expected.sources,
      locale: 'nb',
      sourceHref,
    });
  });

  it('passes the open-source handler on to the card', async () => {
    const onOpenSource = vi.fn();
    const contentFor = createCardContent({ locale: 'en', sourceHref, onOpenSource, fetchCard: fromBundle });
    expect(await contentFor(termItem())).toMatchObject({ onOpenSource });
    expect(await contentFor(claimItem())).toMatchObject({ onOpenSource });
  });

  it('fetches the data for a subject once and keeps it for the page', async () => {
    const { fetch, contentFor } = setup();
    // Two highlights of the same claim, one asked before the first answer is back.
    const [first, second] = await Promise.all([contentFor(claimItem()), contentFor(claimItem({ id: 'i2', polarity: 'affirms' }))]);
    await contentFor(claimItem());
    expect(fetch).toHaveBeenCalledOnce();
    expect(first).toMatchObject({ polarity: 'denies' });
    expect(second).toMatchObject({ polarity: 'affirms' });
    // Another subject is another request: another concept, or a claim id that reads like a concept.
    await contentFor(termItem());
    await contentFor(termItem({ text: 'magnesium' }));
    await contentFor(termItem({ concept: 'migraine', text: 'migraine' }));
    await contentFor(claimItem({ claimId: 'migraine' }));
    expect(fetch.mock.calls.map(([subject]) => subject)).toEqual([
      { kind: 'claim', claimId: CLAIM_ID },
      { kind: 'term', concept: 'magnesium' },
      { kind: 'term', concept: 'migraine' },
      { kind: 'claim', claimId: 'migraine' },
    ]);
  });

  it('resolves to null when the fetch fails, and asks again next time', async () => {
    let failing = true;
    const { fetch, contentFor } = setup((subject) => (failing ? Promise.reject(new Error('background restarting')) : fromBundle(subject)));
    expect(await contentFor(claimItem())).toBeNull();
    expect(await contentFor(termItem())).toBeNull();
    failing = false;
    expect(await contentFor(claimItem())).toMatchObject({ kind: 'claim', claim: { id: CLAIM_ID } });
    expect(await contentFor(termItem())).toMatchObject({ kind: 'term', conceptId: 'magnesium' });
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('resolves to null when the data lacks the claim, or the item names no subject', async () => {
    const { contentFor } = setup(() => Promise.resolve({ claims: [], sources: [] }));
    expect(await contentFor(claimItem())).toBeNull();
    const other = setup((subject) => fromBundle(subject.kind === 'claim' ? { kind: 'claim', claimId: 'magnesium-oxide-poorly-absorbed' } : subject));
    expect(await other.contentFor(claimItem())).toBeNull();
    expect(await other.contentFor(claimItem({ claimId: undefined }))).toBeNull();
    expect(await other.contentFor(termItem({ concept: undefined }))).toBeNull();
    expect(other.fetch).toHaveBeenCalledOnce();
  });

  it('still shows a term card when the database knows no claims about the concept', async () => {
    const { contentFor } = setup();
    expect(await contentFor(termItem({ concept: 'unknown-concept', text: 'thing' }))).toMatchObject({
      kind: 'term',
      displayName: 'thing',
      claims: [],
      sources: [],
    });
  });
});
