import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ClaimBundle, ClaimDatabase } from '../../../src/claims/schema.ts';
import { toExportCollection, toExportDocument, type ClaimSource, type PageInput } from '../../../src/export/from-page.ts';
import { ExportCollectionSchema, ExportDocumentSchema } from '../../../src/export/schema.ts';
import type { SavedPage } from '../../../src/settings/collection-schema.ts';
import type { PageState } from '../../../src/settings/page-state.ts';

const db: ClaimSource = {
  sources: [{ id: '001_d2989948f6cce1c0.txt', title: 'Glycinate and migraine' }],
  claims: [
    {
      id: 'mg-blocks-nmda',
      statement: { en: 'Magnesium blocks NMDA receptors.', nb: 'Magnesium blokkerer NMDA-reseptorer.', bg: 'Магнезият блокира NMDA рецепторите.' },
      strength: { grade: 'low', contested: true, reasons: { en: 'One source.', nb: 'Én kilde.', bg: 'Един източник.' } },
      evidence: [
        { source: '001_d2989948f6cce1c0.txt', stance: 'supports', quote: 'By blocking NMDA receptors', kind: 'assertion' },
        { source: '004_93ee198eb23e6ed1.txt', stance: 'contrasts', quote: 'Не блокира', kind: 'expert-opinion' },
      ],
    },
  ],
};

const match = {
  claimId: 'mg-blocks-nmda',
  sentence: 'Magnesium blocks NMDA receptors.',
  start: 50,
  end: 82,
  prefix: 'x'.repeat(100) + 'the end of the previous sentence. ',
  suffix: ' And then 😀 more text that goes on and on.',
  polarity: 'denies' as const,
};

const page: PageInput = { url: 'https://example.org/a', title: 'A', matches: [{ ...match, start: 200, end: 230 }, match] };

describe('toExportDocument', () => {
  const doc = toExportDocument(page, db, { locale: 'nb', exportedAt: '2025-03-14T09:00:00.000Z' });

  it('produces a valid ExportDocument, sentences in page order', () => {
    expect(ExportDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.items.map((i) => i.start)).toEqual([50, 200]);
    expect(doc.locale).toBe('nb');
    expect(doc.page).toEqual({ url: 'https://example.org/a', title: 'A', exportedAt: '2025-03-14T09:00:00.000Z' });
  });

  it('adds strength, reasons in the chosen language and the quotes from the database', () => {
    const item = doc.items[0]!;
    expect(item).toMatchObject({ grade: 'low', contested: true, reasons: 'Én kilde.', polarity: 'denies' });
    expect(item.sources).toEqual([
      { id: '001_d2989948f6cce1c0.txt', title: 'Glycinate and migraine', stance: 'supports', quote: 'By blocking NMDA receptors', kind: 'assertion' },
      // A source the database does not describe is named by its id.
      { id: '004_93ee198eb23e6ed1.txt', title: '004_93ee198eb23e6ed1.txt', stance: 'contrasts', quote: 'Не блокира', kind: 'expert-opinion' },
    ]);
  });

  it('keeps 32 characters of context either side, never splitting a surrogate pair', () => {
    const item = doc.items[0]!;
    expect(item.prefix).toBe('e end of the previous sentence. ');
    expect(item.prefix).toHaveLength(32);
    expect(item.suffix.length).toBeLessThanOrEqual(32);
    expect(item.suffix.startsWith(' And then 😀 more')).toBe(true);
    const cut = toExportDocument({ ...page, matches: [{ ...match, suffix: 'a'.repeat(31) + '😀' }] }, db, {
      locale: 'en',
      exportedAt: '2025-03-14T09:00:00.000Z',
    });
    expect(cut.items[0]!.suffix).toBe('a'.repeat(31));
  });

  it('keeps a sentence whose claim left the database only when the match recorded statement and grade', () => {
    const gone = { ...match, claimId: 'gone-claim' };
    const withWords = { ...gone, statement: { en: 'Old.', nb: 'Gammel.', bg: 'Старо.' }, grade: 'moderate' as const };
    const out = toExportDocument({ ...page, matches: [gone, withWords] }, db, { locale: 'en', exportedAt: '2025-03-14T09:00:00.000Z' });
    expect(out.items).toHaveLength(1);
    expect(out.items[0]).toMatchObject({ claimId: 'gone-claim', grade: 'moderate', reasons: '', sources: [], contested: false });
  });

  it('accepts the content script page state, the saved collection, the full database and the slim bundle', () => {
    expectTypeOf<PageState>().toMatchTypeOf<PageInput>();
    expectTypeOf<SavedPage>().toMatchTypeOf<PageInput & { savedAt: string }>();
    expectTypeOf<ClaimDatabase>().toMatchTypeOf<ClaimSource>();
    expectTypeOf<ClaimBundle>().toMatchTypeOf<ClaimSource>();
  });
});

describe('toExportCollection', () => {
  it('exports each saved page with its own save time', () => {
    const collection = toExportCollection(
      [
        { ...page, savedAt: '2025-03-01T10:00:00.000Z' },
        { ...page, url: 'https://example.org/b', savedAt: '2025-02-01T10:00:00.000Z' },
      ],
      db,
      { locale: 'en', exportedAt: '2025-03-14T09:00:00.000Z' },
    );
    expect(ExportCollectionSchema.safeParse(collection).success).toBe(true);
    expect(collection.documents.map((d) => d.page.exportedAt)).toEqual(['2025-03-01T10:00:00.000Z', '2025-02-01T10:00:00.000Z']);
    expect(collection.exportedAt).toBe('2025-03-14T09:00:00.000Z');
  });
});
