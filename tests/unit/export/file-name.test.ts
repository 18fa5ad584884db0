import { describe, expect, it } from 'vitest';
import { buildCollectionExport, buildExport } from '../../../src/export/build.ts';
import { exportFileName, slugify } from '../../../src/export/file-name.ts';
import { doc, emptyDoc } from './fixtures.ts';

describe('file names', () => {
  it('joins date and a slug of the page title with the format extension', () => {
    expect(exportFileName(doc, 'md')).toBe('mglens-2025-03-14-magnesium-migrene-bør-alle-ta-det-b-nå-b.md');
    expect(exportFileName(doc, 'csv')).toMatch(/\.csv$/);
    expect(exportFileName(doc, 'jsonld')).toMatch(/\.jsonld$/);
  });

  it('keeps Cyrillic readable and drops path and shell characters', () => {
    expect(slugify('Магнезий и мигрена')).toBe('магнезий-и-мигрена');
    expect(slugify('../../etc/passwd; rm -rf ~ "x" <y>')).toBe('etc-passwd-rm-rf-x-y');
    expect(slugify('A\u0000B\nC:D\\E*F?G|H')).toBe('a-b-c-d-e-f-g-h');
  });

  it('bounds the length at a word, and cuts a single long word by code points', () => {
    const slug = slugify('word '.repeat(50));
    expect([...slug].length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('word')).toBe(true);
    const emoji = slugify('😀'.repeat(100) + 'x');
    expect(emoji).toBe('x');
    const long = slugify('ж'.repeat(100));
    expect(long).toBe('ж'.repeat(60));
  });

  it('falls back to "page" for a title without letters', () => {
    expect(exportFileName(emptyDoc, 'md')).toBe('mglens-2025-01-02-page.md');
  });

  it('names a collection by its date', () => {
    expect(exportFileName({ exportedAt: '2025-03-15T00:00:00Z', documents: [] }, 'csv')).toBe('mglens-collection-2025-03-15.csv');
  });

  it('builds content, media type and file name together', () => {
    const built = buildExport(doc, 'jsonld');
    expect(built.mediaType).toBe('application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"');
    expect(JSON.parse(built.content).type).toBe('AnnotationCollection');
    expect(buildExport(doc, 'csv').mediaType).toBe('text/csv;charset=utf-8');
    expect(buildCollectionExport({ exportedAt: '2025-03-15T00:00:00Z', documents: [doc] }, 'md').mediaType).toBe(
      'text/markdown;charset=utf-8',
    );
  });
});
