import { describe, expect, it } from 'vitest';
import { loadClaimDatabase } from '../../../src/claims/database.ts';
import { buildCollectionExport, buildExport } from '../../../src/export/build.ts';
import { toExportCollection, toExportDocument } from '../../../src/export/from-page.ts';
import { ExportFormatSchema, type ExportFormat } from '../../../src/export/schema.ts';
import { SavedPageSchema } from '../../../src/settings/collection-schema.ts';
import { PageMatchSchema } from '../../../src/settings/page-state.ts';

/**
 * Text a page controls (a claim sentence, its context, the page title) goes from the content
 * script's page state, through the saved collection's schema and the converter, into every
 * export format, and stays text: never markup a Markdown renderer or an HTML page would run.
 */

const HOSTILE = 'Magnesium oxide is poorly absorbed <img src=x onerror=alert(1)> and <script>alert("mg")</script> too.';
const TITLE = 'Magnesium <img src=x onerror=alert(2)> & migraine </title><script>alert(3)</script>';
const CLAIM = 'magnesium-oxide-poorly-absorbed';

const match = PageMatchSchema.parse({
  id: 'mg1',
  claimId: CLAIM,
  statement: { en: 'Magnesium oxide is poorly absorbed.', nb: 'Magnesiumoksid tas dårlig opp.', bg: 'Магнезиевият оксид се усвоява слабо.' },
  grade: 'moderate',
  polarity: 'affirms',
  sentence: HOSTILE,
  start: 40,
  end: 40 + HOSTILE.length,
  prefix: '<iframe src=javascript:alert(4)> ',
  suffix: ' <a href="javascript:alert(5)">x</a>',
});
const page = { url: 'https://example.org/a?<img>', title: TITLE, matches: [match] };
const options = { locale: 'en' as const, exportedAt: '2025-01-02T03:04:05.000Z' };

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** RFC 4180 cells (quoted cells may hold commas, quotes and line breaks). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  const cell = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r?\n|$)/gy;
  for (let m = cell.exec(text); m && m.index < text.length; m = cell.exec(text)) {
    cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  }
  return cells;
}

/** Markup that would be live in Markdown rendered to HTML: a `<` not escaped with a backslash. */
const LIVE_TAG = /(?<!\\)<\/?(?:img|script|iframe|a|title)\b/i;

function checkFormat(format: ExportFormat, content: string, { titled }: { titled: boolean }) {
  if (format === 'jsonld') {
    const values = strings(JSON.parse(content));
    expect(values).toContain(HOSTILE);
    // The collection's JSON-LD labels itself, not by page titles.
    if (titled) expect(values).toContain(TITLE);
  } else if (format === 'csv') {
    const cells = csvCells(content);
    expect(cells).toContain(HOSTILE);
  } else {
    expect(content).not.toMatch(LIVE_TAG);
    expect(content).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(content).toContain('\\<script\\>');
  }
}

describe('page-controlled text in exports', () => {
  const db = loadClaimDatabase();

  it('survives the saved collection\'s schema unchanged (stored as text, not cleaned or dropped)', () => {
    const saved = SavedPageSchema.parse({ ...page, savedAt: options.exportedAt });
    expect(saved.matches[0]!.sentence).toBe(HOSTILE);
    expect(saved.title).toBe(TITLE);
  });

  it.each(ExportFormatSchema.options)('stays text in the %s export of a page', (format) => {
    const doc = toExportDocument(page, db, options);
    expect(doc.items).toHaveLength(1);
    const built = buildExport(doc, format);
    checkFormat(format, built.content, { titled: true });
    expect(built.fileName).not.toMatch(/[<>"/\\]/);
  });

  it.each(ExportFormatSchema.options)('stays text in the %s export of the saved collection', (format) => {
    const collection = toExportCollection([{ ...page, savedAt: options.exportedAt }], db, options);
    checkFormat(format, buildCollectionExport(collection, format).content, { titled: false });
  });
});
