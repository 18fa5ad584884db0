import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { buildClaimDatabase } from '../src/claims/build.ts';
import { CURATED_CLAIMS } from '../src/claims/curated/index.ts';
import type { ClaimDatabase } from '../src/claims/schema.ts';
import { buildExport } from '../src/export/build.ts';
import { fromClaimMatches } from '../src/export/from-matches.ts';
import type { ExportFormat } from '../src/export/schema.ts';
import { matchBlocks } from '../src/matching/blocks.ts';
import { createMatcher } from '../src/matching/matcher.ts';
import { buildScanReport, formatScanReport, type ScanReport } from '../src/matching/report.ts';
import { buildTextIndex } from '../src/page/text-index.ts';
import { readCorpus } from './claims-io.ts';

/**
 * `npm run --silent scan -- <file.html|file.txt> [--json | --format <name>]`
 *
 * Reads a saved page, finds the terms and the claims its sentences make, and prints them:
 * `--json` (same as `--format json`) prints only the JSON report on stdout; without it, a
 * readable report. Offsets refer to the document's extracted text: a .txt file as it is, an
 * .html file as the text index reads it (blocks joined by a blank line).
 * Argument parsing and I/O only; the work is done in src/.
 */

interface Extracted {
  readonly text: string;
  readonly title: string;
  /** HTML: the blocks of the text index. Plain text: none (matched as is, offsets into the file). */
  readonly blocks?: readonly { readonly text: string; readonly lang?: string | undefined }[];
}

interface FormatContext {
  readonly report: ScanReport;
  readonly file: string;
  readonly extracted: Extracted;
  readonly db: ClaimDatabase;
}

/**
 * Output formats: the single place to add one. Export builders (src/export) turn the report
 * into JSON-LD, CSV or Markdown through the same ExportDocument the extension exports.
 */
const FORMATS: Record<string, (ctx: FormatContext) => string> = {
  json: ({ report }) => `${JSON.stringify(report, null, 2)}\n`,
  text: ({ report, file }) => `${formatScanReport(report, file)}\n`,
  jsonld: (ctx) => exported(ctx, 'jsonld'),
  csv: (ctx) => exported(ctx, 'csv'),
  md: (ctx) => exported(ctx, 'md'),
};

function exported({ report, file, extracted, db }: FormatContext, format: ExportFormat): string {
  const page = { url: pathToFileURL(resolve(file)).href, title: extracted.title, text: extracted.text, matches: report.matches };
  const doc = fromClaimMatches(page, db, { locale: 'en', exportedAt: new Date().toISOString() });
  return buildExport(doc, format).content;
}

function usage(message: string): never {
  process.stderr.write(
    `scan: ${message}\nusage: npm run --silent scan -- <file.html|file.txt> [--json | --format ${Object.keys(FORMATS).join('|')}]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { file: string; format: string } {
  let file: string | undefined;
  let format = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') format = 'json';
    else if (arg === '--format') format = argv[++i] ?? usage('--format needs a value');
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (file === undefined) usage('no input file');
  if (!(format in FORMATS)) usage(`unknown format "${format}" (known: ${Object.keys(FORMATS).join(', ')})`);
  return { file, format };
}

function extract(file: string): Extracted {
  const raw = readFileSync(file, 'utf8');
  if (!/^\.x?html?$/i.test(extname(file))) {
    return { text: raw, title: basename(file) };
  }
  const window = new Window();
  try {
    window.document.write(raw);
    const { blocks } = buildTextIndex(window.document.body as unknown as Element);
    return {
      text: blocks.map((b) => b.text).join('\n\n'),
      title: window.document.title || basename(file),
      blocks: blocks.map((b) => ({ text: b.text, lang: b.lang })),
    };
  } finally {
    void window.happyDOM.close();
  }
}

const { file, format } = parseArgs(process.argv.slice(2));
let extracted: Extracted;
try {
  extracted = extract(file);
} catch (error) {
  usage(`cannot read ${file}: ${(error as Error).message}`);
}
const db = buildClaimDatabase(CURATED_CLAIMS, readCorpus());
const matcher = createMatcher(db);
const result = extracted.blocks ? matchBlocks(matcher, extracted.blocks) : matcher.matchText(extracted.text);
const report = buildScanReport(extracted.text, result, db);
process.stdout.write((FORMATS[format] as (ctx: FormatContext) => string)({ report, file, extracted, db }));
