import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run build:lexicon`: writes src/lexicon/generated/shapes.json, the analysis of every lexicon
 * fragment (prefixes, lookarounds, specificity), so that compiling the lexicon at page start looks
 * them up instead of parsing each regular expression. See src/lexicon/shape-table.ts.
 */
const OUT = fileURLToPath(new URL('../src/lexicon/generated/shapes.json', import.meta.url));

// The compiler imports the table it is about to rebuild: a first build starts from an empty one.
if (!existsSync(OUT)) {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, '{}\n');
}
const { buildShapeTable } = await import('../src/lexicon/compile.ts');
const table = buildShapeTable();
const content = `${JSON.stringify(table)}\n`;
if (readFileSync(OUT, 'utf8') !== content) writeFileSync(OUT, content);
process.stderr.write(`build:lexicon: ${table.sources.length} fragments -> src/lexicon/generated/shapes.json\n`);
