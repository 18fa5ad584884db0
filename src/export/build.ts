import { collectionToCsv, toCsv } from './csv.ts';
import { exportFileName } from './file-name.ts';
import { collectionToJsonLd, toJsonLd } from './jsonld.ts';
import { collectionToMarkdown, toMarkdown } from './markdown.ts';
import { MEDIA_TYPES } from './media-types.ts';
import type { ExportCollection, ExportDocument, ExportFormat } from './schema.ts';

/** Everything a caller needs to save or print one export: the text, its media type and a name. */
export interface BuiltExport {
  readonly content: string;
  readonly mediaType: string;
  readonly fileName: string;
}

const DOCUMENT_BUILDERS = { jsonld: toJsonLd, csv: toCsv, md: toMarkdown } as const;
const COLLECTION_BUILDERS = { jsonld: collectionToJsonLd, csv: collectionToCsv, md: collectionToMarkdown } as const;

export function buildExport(doc: ExportDocument, format: ExportFormat): BuiltExport {
  return { content: DOCUMENT_BUILDERS[format](doc), mediaType: MEDIA_TYPES[format], fileName: exportFileName(doc, format) };
}

export function buildCollectionExport(collection: ExportCollection, format: ExportFormat): BuiltExport {
  return {
    content: COLLECTION_BUILDERS[format](collection),
    mediaType: MEDIA_TYPES[format],
    fileName: exportFileName(collection, format),
  };
}
