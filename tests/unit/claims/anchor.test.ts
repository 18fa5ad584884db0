import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../src/claims/anchor.ts';
import { FIBRO_PAGE, MIGRENE_BLOG } from '../../../src/claims/sources.ts';
import { CORPUS } from './corpus.ts';

describe('anchorQuote', () => {
  it('finds an exact quote with its offsets and 32 characters of context', () => {
    const text = `${'x'.repeat(40)}Magnesium blocks NMDA receptors.${'y'.repeat(40)}`;
    const r = anchorQuote(text, 'Magnesium blocks NMDA receptors.');
    expect(r).toMatchObject({ found: true, pass: 'exact', start: 40, end: 72, occurrences: 1 });
    if (!r.found) return;
    expect(r.prefix).toBe('x'.repeat(32));
    expect(r.suffix).toBe('y'.repeat(32));
  });

  it('keeps the context short at the edges of the text', () => {
    const r = anchorQuote('Magnesium helps.', 'Magnesium helps.');
    expect(r).toMatchObject({ found: true, start: 0, end: 16, prefix: '', suffix: '' });
  });

  it('anchors a quote across a hard line wrap in 002, with offsets into the original text', () => {
    const text = CORPUS[FIBRO_PAGE];
    const original = 'Since\nmagnesium also blocks NMDA receptors';
    const expectedStart = text.indexOf(original);
    expect(expectedStart).toBeGreaterThan(0);

    const r = anchorQuote(text, 'Since magnesium also blocks NMDA receptors');
    expect(r).toMatchObject({ found: true, pass: 'whitespace-folded' });
    if (!r.found) return;
    expect(r.start).toBe(expectedStart);
    expect(r.end).toBe(expectedStart + original.length);
    expect(text.slice(r.start, r.end)).toBe(original);
    expect(r.prefix).toBe(text.slice(r.start - 32, r.start));
    expect(r.suffix).toBe(text.slice(r.end, r.end + 32));
  });

  it('folds no-break spaces too (000 has one inside a sentence)', () => {
    const text = CORPUS[MIGRENE_BLOG];
    const r = anchorQuote(text, 'Det er konklusjonen i en oversiktsartikkel fra 2012');
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(text.slice(r.start, r.end)).toBe('Det er konklusjonen i en\u00a0oversiktsartikkel fra 2012');
  });

  it('reports the nearest text when the quote is not in the source', () => {
    const r = anchorQuote(CORPUS[FIBRO_PAGE], 'Since magnesium also blocks GABA receptors');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.nearest).toContain('Since magnesium also blocks NMDA');
    expect(r.matchedChars).toBeGreaterThanOrEqual('Since magnesium also blocks '.length);
  });

  it('finds the nearest text from the end of the quote when its beginning is wrong', () => {
    const r = anchorQuote(CORPUS[FIBRO_PAGE], 'Because calcium also blocks NMDA receptors, studies have used');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.nearest).toContain('blocks NMDA receptors, studies have used');
  });

  it('does not normalise typographic apostrophes: the nearest text shows the source spelling', () => {
    const r = anchorQuote('This effect often isn’t seen until a day later.', "This effect often isn't seen");
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.nearest).toContain('isn’t');
  });

  it('counts every occurrence and anchors the first', () => {
    const r = anchorQuote('magnesium oxide; then magnesium\noxide again', 'magnesium oxide');
    expect(r).toMatchObject({ found: true, start: 0, occurrences: 2 });
  });

  it('finds nothing for an empty quote', () => {
    expect(anchorQuote('some text', '   ').found).toBe(false);
  });
});
