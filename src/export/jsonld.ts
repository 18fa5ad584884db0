import { stableHash } from './hash.ts';
import { exportLabels } from './labels.ts';
import type { ExportCollection, ExportDocument, ExportItem, ExportSource } from './schema.ts';

/**
 * JSON-LD following the W3C Web Annotation Data Model: an AnnotationCollection holding one
 * Annotation per highlighted sentence. Generic annotation tools read the selectors and the
 * describing TextualBody; MgLens's own facts (claim id, grade, polarity, quotes) sit in a second,
 * structured body whose terms are defined in an extra context under the `mglens:` prefix, so the
 * document expands to valid RDF rather than to ignored keys.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MGLENS_VOCAB = 'https://mglens.example.org/ns#';

// None of these names is defined by anno.jsonld, so nothing there is redefined.
export const MGLENS_CONTEXT = {
  mglens: MGLENS_VOCAB,
  ClaimAssessment: 'mglens:ClaimAssessment',
  Evidence: 'mglens:Evidence',
  claimId: 'mglens:claimId',
  statement: { '@id': 'mglens:statement', '@container': '@language' },
  grade: 'mglens:grade',
  contested: 'mglens:contested',
  reasons: 'mglens:reasons',
  polarity: 'mglens:polarity',
  evidence: { '@id': 'mglens:evidence', '@container': '@set' },
  sourceId: 'mglens:sourceId',
  sourceTitle: 'mglens:sourceTitle',
  stance: 'mglens:stance',
  evidenceKind: 'mglens:evidenceKind',
  quote: 'mglens:quote',
} as const;

const CONTEXT = [ANNO_CONTEXT, MGLENS_CONTEXT] as const;
const GENERATOR = { type: 'Software', name: 'MgLens' } as const;

function evidence(source: ExportSource) {
  return {
    type: 'Evidence',
    sourceId: source.id,
    sourceTitle: source.title,
    stance: source.stance,
    evidenceKind: source.kind,
    quote: source.quote,
  };
}

function annotation(doc: ExportDocument, item: ExportItem) {
  const locale = doc.locale ?? 'en';
  return {
    // Same page, place and claim give the same id, so re-exports can be de-duplicated.
    id: `urn:mglens:annotation:${stableHash(`${doc.page.url}\u0000${item.start}\u0000${item.end}\u0000${item.claimId}`)}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: doc.page.exportedAt,
    generator: GENERATOR,
    body: [
      {
        type: 'TextualBody',
        purpose: 'describing',
        format: 'text/plain',
        language: locale,
        value: item.statement[locale],
      },
      {
        type: 'ClaimAssessment',
        claimId: item.claimId,
        statement: { ...item.statement },
        grade: item.grade,
        contested: item.contested,
        reasons: { '@value': item.reasons, '@language': locale },
        polarity: item.polarity,
        evidence: item.sources.map(evidence),
      },
    ],
    target: {
      source: doc.page.url,
      selector: [
        { type: 'TextQuoteSelector', exact: item.sentence, prefix: item.prefix, suffix: item.suffix },
        { type: 'TextPositionSelector', start: item.start, end: item.end },
      ],
    },
  };
}

function annotationCollection(id: string, label: string, annotations: readonly object[]) {
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    generator: GENERATOR,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
}

export function toJsonLd(doc: ExportDocument): string {
  const id = `urn:mglens:export:${stableHash(`${doc.page.url}\u0000${doc.page.exportedAt}`)}`;
  const annotations = doc.items.map((item) => annotation(doc, item));
  return JSON.stringify(annotationCollection(id, doc.page.title, annotations), null, 2) + '\n';
}

/** The collection as one AnnotationCollection: each annotation names its own page as target. */
export function collectionToJsonLd(collection: ExportCollection): string {
  const key = collection.documents.map((d) => d.page.url).join('\u0000');
  const id = `urn:mglens:export:${stableHash(`${key}\u0000${collection.exportedAt}`)}`;
  const annotations = collection.documents.flatMap((doc) => doc.items.map((item) => annotation(doc, item)));
  return JSON.stringify(annotationCollection(id, exportLabels(collection.locale).text('collectionHeading'), annotations), null, 2) + '\n';
}
