import { ClaimBuildError } from '../src/claims/build.ts';
import { buildFromCorpus, formatCoverage, writeGenerated, GENERATED_DIR } from './claims-io.ts';

/**
 * `npm run build:claims`: validate, anchor and grade the curated claims, print the coverage report
 * to stderr, and write src/claims/generated/{database,bundle}.json. Exits 1 on a build error.
 */
try {
  const { db, coverage } = buildFromCorpus();
  writeGenerated(db);
  const grades = new Map<string, number>();
  for (const c of db.claims) grades.set(c.strength.grade, (grades.get(c.strength.grade) ?? 0) + 1);
  const summary = [...grades].map(([g, n]) => `${g} ${n}`).join(', ');
  process.stderr.write(`build:claims: ${db.claims.length} claims (${summary}) -> ${GENERATED_DIR}/\n`);
  process.stderr.write(formatCoverage(coverage));
} catch (error) {
  if (!(error instanceof ClaimBuildError)) throw error;
  process.stderr.write(`build:claims failed: ${error.message}\n`);
  process.exitCode = 1;
}
