import { csvRow } from './csv-cell.ts';
import type { ExportCollection, ExportDocument, ExportItem, ExportPage, ExportSource } from './schema.ts';

/**
 * CSV for spreadsheets: one row per highlighted sentence, a header row, CRLF line ends (RFC 4180),
 * and a byte order mark so Excel reads the file as UTF-8 (Cyrillic and "ø" survive).
 * Column names are stable identifiers, the same in every UI language, so files from different
 * readers can be merged and scripted against.
 */
export const CSV_COLUMNS = [
  'page_url',
  'page_title',
  'exported_at',
  'sentence',
  'start',
  'end',
  'prefix',
  'suffix',
  'claim_id',
  'statement_en',
  'statement_nb',
  'statement_bg',
  'grade',
  'contested',
  'polarity',
  'reasons',
  'source_ids',
  'evidence',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** All of an item's evidence in one cell, one source per line, readable without the database. */
function evidenceCell(sources: readonly ExportSource[]): string {
  return sources.map((s) => `[${s.stance}, ${s.kind}] ${s.title} (${s.id}): “${s.quote}”`).join('\n');
}

function itemRow(page: ExportPage, item: ExportItem): string {
  return csvRow([
    page.url,
    page.title,
    page.exportedAt,
    item.sentence,
    String(item.start),
    String(item.end),
    item.prefix,
    item.suffix,
    item.claimId,
    item.statement.en,
    item.statement.nb,
    item.statement.bg,
    item.grade,
    String(item.contested),
    item.polarity,
    item.reasons,
    item.sources.map((s) => s.id).join('; '),
    evidenceCell(item.sources),
  ]);
}

function rows(docs: readonly ExportDocument[]): string[] {
  return docs.flatMap((doc) => doc.items.map((item) => itemRow(doc.page, item)));
}

function file(lines: readonly string[]): string {
  return BOM + [csvRow(CSV_COLUMNS), ...lines].map((line) => line + CRLF).join('');
}

export function toCsv(doc: ExportDocument): string {
  return file(rows([doc]));
}

/** The whole collection in one sheet: the page columns tell the rows apart. */
export function collectionToCsv(collection: ExportCollection): string {
  return file(rows(collection.documents));
}
