import type { ExportCollection, ExportDocument, ExportFormat } from './schema.ts';

/**
 * Download names like `mglens-2025-03-14-magnesium-og-migrene.md`. The title comes from the page,
 * so it is reduced to letters and digits (any script: a Bulgarian title stays readable) joined by
 * hyphens, which no file system or shell treats specially, and bounded so the name stays short.
 */
export const FILE_EXTENSIONS = { jsonld: 'jsonld', csv: 'csv', md: 'md' } as const satisfies Record<ExportFormat, string>;

const MAX_SLUG_CHARS = 60;

export function slugify(title: string): string {
  const words = title
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_SLUG_CHARS) {
      // A single overlong word is cut by code points, never inside a surrogate pair.
      if (!slug) slug = [...word].slice(0, MAX_SLUG_CHARS).join('');
      break;
    }
    slug = next;
  }
  return slug;
}

/** The calendar date of an ISO timestamp as written (UTC when it ends in Z). */
function datePart(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return match?.[1] ?? 'undated';
}

export function exportFileName(input: ExportDocument | ExportCollection, format: ExportFormat): string {
  const extension = FILE_EXTENSIONS[format];
  if ('documents' in input) return `mglens-collection-${datePart(input.exportedAt)}.${extension}`;
  const slug = slugify(input.page.title) || 'page';
  return `mglens-${datePart(input.page.exportedAt)}-${slug}.${extension}`;
}
