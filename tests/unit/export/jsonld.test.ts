import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, MGLENS_CONTEXT, MGLENS_VOCAB, collectionToJsonLd, toJsonLd } from '../../../src/export/jsonld.ts';
import { doc, emptyDoc, XSS } from './fixtures.ts';

type Json = Record<string, any>;

describe('toJsonLd', () => {
  const parsed = JSON.parse(toJsonLd(doc)) as Json;
  const annotations = parsed.first.items as Json[];

  it('is an AnnotationCollection in the Web Annotation context plus the MgLens terms', () => {
    expect(parsed['@context']).toEqual([ANNO_CONTEXT, MGLENS_CONTEXT]);
    expect(parsed.type).toBe('AnnotationCollection');
    expect(parsed.id).toMatch(/^urn:mglens:export:[0-9a-f]{16}$/);
    expect(parsed.label).toBe(doc.page.title);
    expect(parsed.total).toBe(doc.items.length);
    expect(parsed.first.type).toBe('AnnotationPage');
    expect(annotations).toHaveLength(doc.items.length);
  });

  it('has one Annotation per sentence with a TextQuote and a TextPosition selector on the page', () => {
    doc.items.forEach((item, i) => {
      const a = annotations[i]!;
      expect(a.type).toBe('Annotation');
      expect(a.motivation).toBe('assessing');
      expect(a.created).toBe(doc.page.exportedAt);
      expect(a.target.source).toBe(doc.page.url);
      expect(a.target.selector).toEqual([
        { type: 'TextQuoteSelector', exact: item.sentence, prefix: item.prefix, suffix: item.suffix },
        { type: 'TextPositionSelector', start: item.start, end: item.end },
      ]);
    });
  });

  it('gives every annotation a distinct IRI that is stable across exports', () => {
    const ids = annotations.map((a) => a.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^urn:mglens:annotation:[0-9a-f]{16}$/);
    const again = JSON.parse(toJsonLd(doc)) as Json;
    expect(again.first.items.map((a: Json) => a.id)).toEqual(ids);
  });

  it('describes the claim in a TextualBody and carries claim, grade, polarity and quotes in a structured body', () => {
    const [textual, claim] = annotations[0]!.body as [Json, Json];
    expect(textual).toEqual({
      type: 'TextualBody',
      purpose: 'describing',
      format: 'text/plain',
      language: 'en',
      value: doc.items[0]!.statement.en,
    });
    expect(claim.type).toBe('ClaimAssessment');
    expect(claim.claimId).toBe('magnesium-blocks-nmda');
    expect(claim.statement).toEqual(doc.items[0]!.statement);
    expect(claim.grade).toBe('low');
    expect(claim.contested).toBe(false);
    expect(claim.polarity).toBe('affirms');
    expect(claim.reasons).toEqual({ '@value': doc.items[0]!.reasons, '@language': 'en' });
    expect(claim.evidence[0]).toEqual({
      type: 'Evidence',
      sourceId: '004_93ee198eb23e6ed1.txt',
      sourceTitle: 'Магнезий в неврологията',
      stance: 'supports',
      evidenceKind: 'mechanism',
      quote: 'Магнезият блокира NMDA, "рецепторите", в мозъка.',
    });
    const denied = annotations[1]!.body[1] as Json;
    expect(denied.polarity).toBe('denies');
    expect(denied.contested).toBe(true);
    expect(denied.evidence).toEqual([]);
  });

  it('defines every key of the structured body as a term under the mglens vocabulary', () => {
    const claim = annotations[0]!.body[1] as Json;
    const keys = new Set([...Object.keys(claim), ...Object.keys(claim.evidence[0])]);
    keys.delete('type');
    for (const key of keys) expect(MGLENS_CONTEXT).toHaveProperty(key);
    for (const [term, definition] of Object.entries(MGLENS_CONTEXT)) {
      const iri = typeof definition === 'string' ? definition : definition['@id'];
      if (term === 'mglens') expect(iri).toBe(MGLENS_VOCAB);
      else expect(iri).toBe(`mglens:${term}`);
    }
  });

  it('keeps markup from the page as a plain string', () => {
    const text = toJsonLd(doc);
    const exact = annotations[1]!.target.selector[0].exact as string;
    expect(exact).toBe(`Hostile ${XSS} sentence about magnesium.`);
    // Escaping is JSON's own: the string round-trips exactly and nothing is turned into markup.
    expect(text).toContain(JSON.stringify(exact));
  });

  it('exports an empty page as an empty collection', () => {
    const empty = JSON.parse(toJsonLd(emptyDoc)) as Json;
    expect(empty.total).toBe(0);
    expect(empty.first.items).toEqual([]);
  });

  it('merges a collection into one AnnotationCollection whose annotations target their own pages', () => {
    const other = { ...doc, page: { ...doc.page, url: 'https://example.com/b' } };
    const merged = JSON.parse(
      collectionToJsonLd({ exportedAt: '2025-03-15T00:00:00Z', locale: 'nb', documents: [doc, other] }),
    ) as Json;
    expect(merged.type).toBe('AnnotationCollection');
    expect(merged.label).toBe('MgLens-samling');
    expect(merged.total).toBe(doc.items.length * 2);
    const sources = new Set(merged.first.items.map((a: Json) => a.target.source));
    expect(sources).toEqual(new Set([doc.page.url, 'https://example.com/b']));
  });
});
