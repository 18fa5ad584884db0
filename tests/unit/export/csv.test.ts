import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula } from '../../../src/export/csv-cell.ts';
import { CSV_COLUMNS, collectionToCsv, toCsv } from '../../../src/export/csv.ts';
import { doc, emptyDoc, XSS } from './fixtures.ts';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see, not our own strings. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else if (c === '\r' || c === '\n') throw new Error(`bare line break outside quotes at ${i}`);
    else field += c;
  }
  if (field || row.length) throw new Error('last line not terminated by CRLF');
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });
  it.each(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx'])('neutralises a formula-looking cell %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
  it('leaves ordinary text and inner formula characters alone', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula(' =x')).toBe(' =x');
  });
});

describe('toCsv', () => {
  const text = toCsv(doc);
  const rows = parseCsv(text.slice(1));

  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('has a header row and one row per sentence, each as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(doc.items.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('round-trips commas, quotes, new lines and Cyrillic', () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const first = rows[1]!;
    expect(first[col('sentence')]).toBe('Magnesium blocks NMDA receptors, "they say", and helps.');
    expect(first[col('prefix')]).toBe('the brain.\nResearchers report: ');
    expect(first[col('statement_bg')]).toBe('Магнезият блокира NMDA рецепторите.');
    expect(first[col('page_title')]).toBe(doc.page.title);
    expect(first[col('source_ids')]).toBe('004_93ee198eb23e6ed1.txt; 001_d2989948f6cce1c0.txt');
    expect(first[col('evidence')]).toContain('“Магнезият блокира NMDA, "рецепторите", в мозъка.”');
    expect(first[col('evidence')]).toContain('Line one,\nline "two"');
    expect(rows[5]![col('sentence')]).toBe('Магнезият е полезен при мигрена, според някои изследвания.');
  });

  it('neutralises formula-looking cells so no formula runs', () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows[3]![col('sentence')]).toBe("'=SUM(A1:A9) magnesium");
    expect(rows[3]![col('prefix')]).toBe("'+1 555");
    expect(rows[3]![col('suffix')]).toBe("'-x");
    expect(rows[4]![col('sentence')]).toBe("'@cmd magnesium");
    expect(rows[4]![col('prefix')]).toBe("'\tTabbed");
    expect(rows[4]![col('suffix')]).toBe("'\rReturn");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps markup from the page as plain cell text', () => {
    expect(rows[2]![CSV_COLUMNS.indexOf('sentence')]).toBe(`Hostile ${XSS} sentence about magnesium.`);
    expect(rows[2]![CSV_COLUMNS.indexOf('contested')]).toBe('true');
    expect(rows[2]![CSV_COLUMNS.indexOf('polarity')]).toBe('denies');
  });

  it('writes only the header for a page without highlights', () => {
    expect(parseCsv(toCsv(emptyDoc).slice(1))).toEqual([[...CSV_COLUMNS]]);
  });

  it('puts a whole collection under one header', () => {
    const all = parseCsv(collectionToCsv({ exportedAt: '2025-03-14T10:00:00Z', documents: [doc, emptyDoc, doc] }).slice(1));
    expect(all.filter((r) => r[0] === 'page_url')).toHaveLength(1);
    expect(all).toHaveLength(doc.items.length * 2 + 1);
  });
});
