import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClaimDatabase } from '../src/claims/build.ts';
import { toBundle } from '../src/claims/bundle.ts';
import { coverageReport, type CoverageReport } from '../src/claims/coverage.ts';
import { CURATED_CLAIMS } from '../src/claims/curated/index.ts';
import { SOURCE_IDS, type ClaimDatabase, type SourceId } from '../src/claims/schema.ts';
import type { SourceTexts } from '../src/claims/sources.ts';

/** The Node side of the claim build: reading corpus/, writing src/claims/generated/. */

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_DIR = join('src', 'claims', 'generated');

export function readCorpus(root = PROJECT_ROOT): SourceTexts {
  const texts = {} as Record<SourceId, string>;
  for (const id of SOURCE_IDS) texts[id] = readFileSync(join(root, 'corpus', id), 'utf8');
  return texts;
}

export interface BuiltClaims {
  db: ClaimDatabase;
  coverage: CoverageReport;
}

/** Builds from the curated claims and the corpus, in memory; throws ClaimBuildError on a problem. */
export function buildFromCorpus(root = PROJECT_ROOT): BuiltClaims {
  const texts = readCorpus(root);
  const db = buildClaimDatabase(CURATED_CLAIMS, texts);
  return { db, coverage: coverageReport(db, texts) };
}

/** Writes only when the content changed, so a watching dev server is not woken for nothing. */
function writeIfChanged(path: string, content: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

export function writeGenerated(db: ClaimDatabase, root = PROJECT_ROOT): void {
  const dir = join(root, GENERATED_DIR);
  writeIfChanged(join(dir, 'database.json'), `${JSON.stringify(db, null, 2)}\n`);
  writeIfChanged(join(dir, 'bundle.json'), `${JSON.stringify(toBundle(db))}\n`);
}

/** Coverage in a few short lines for stderr. */
export function formatCoverage({ candidates, covered, uncovered }: CoverageReport, max = 40): string {
  const lines = [
    `coverage: ${covered}/${candidates} corpus sentences about magnesium and health back a claim; ${uncovered.length} do not`,
  ];
  for (const s of uncovered.slice(0, max)) {
    const text = s.text.length > 140 ? `${s.text.slice(0, 139)}…` : s.text;
    lines.push(`  ${s.source.slice(0, 3)}@${s.start}: ${text}`);
  }
  if (uncovered.length > max) lines.push(`  … and ${uncovered.length - max} more`);
  return `${lines.join('\n')}\n`;
}
