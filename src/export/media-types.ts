import type { ExportFormat } from './schema.ts';

/**
 * Media types for downloads and clipboard. The JSON-LD one names the Web Annotation profile, as the
 * Web Annotation Protocol recommends, so a tool can tell an annotation file from other JSON-LD.
 */
export const MEDIA_TYPES = {
  jsonld: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
} as const satisfies Record<ExportFormat, string>;
