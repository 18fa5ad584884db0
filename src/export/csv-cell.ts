/**
 * One CSV field, safe for spreadsheets. Page text can begin with characters that Excel, LibreOffice
 * and Google Sheets read as the start of a formula (OWASP "CSV injection"); a leading apostrophe
 * makes them text without changing what the reader sees.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, and double the quotes inside it. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',');
}
