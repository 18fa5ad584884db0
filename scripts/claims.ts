import { ClaimBuildError } from '../src/claims/build.ts';
import type { ClaimDatabase } from '../src/claims/schema.ts';
import { buildFromCorpus } from './claims-io.ts';

/**
 * `npm run --silent claims -- --json`: the claim database as JSON on stdout, and nothing else.
 * Without `--json`: a readable table. Built in memory from the corpus and the curated claims, so
 * it can never be staler than the sources; the coverage report belongs to `build:claims`.
 */

function table(db: ClaimDatabase): string {
  const width = Math.max(...db.claims.map((c) => c.id.length));
  const head = `${'id'.padEnd(width)}  grade     contested  +/-  statement`;
  const rows = db.claims.map((c) => {
    const s = c.strength;
    const statement = c.statement.en.length > 90 ? `${c.statement.en.slice(0, 89)}…` : c.statement.en;
    return [
      c.id.padEnd(width),
      s.grade.padEnd(8),
      (s.contested ? 'yes' : 'no').padEnd(9),
      `${s.supporting}/${s.contrasting}`.padEnd(3),
      statement,
    ].join('  ');
  });
  return `${[head, '-'.repeat(head.length), ...rows].join('\n')}\n${db.claims.length} claims from ${db.sources.length} sources\n`;
}

try {
  const { db } = buildFromCorpus();
  const json = process.argv.includes('--json');
  process.stdout.write(json ? `${JSON.stringify(db, null, 2)}\n` : table(db));
} catch (error) {
  if (!(error instanceof ClaimBuildError)) throw error;
  process.stderr.write(`claims: ${error.message}\n`);
  process.exitCode = 1;
}
