import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real `build:claims` command (scripts/build-claims.ts under tsx), run on a scratch copy of
 * the project whose curated claims were broken by hand: it must stop with a message that names
 * the claim and the source, exit 1, and leave the generated database as it was.
 * (The build function's own errors are tested in tests/unit/claims/build-errors.test.ts.)
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const CLAIMS_FILE = 'src/claims/curated/absorption.ts';
const QUOTE = "support(FIBRO_PAGE, 'assertion', 'Please note that not all forms are the same.')";

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mglens-claims-'));
  for (const dir of ['src', 'scripts', 'corpus']) cpSync(join(ROOT, dir), join(scratch, dir), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(scratch, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildWith(replacement: string) {
  const file = join(scratch, CLAIMS_FILE);
  const original = readFileSync(join(ROOT, CLAIMS_FILE), 'utf8');
  expect(original).toContain(QUOTE);
  writeFileSync(file, original.replace(QUOTE, replacement));
  const generated = join(scratch, 'src/claims/generated/database.json');
  const before = readFileSync(generated, 'utf8');
  const run = spawnSync(join(scratch, 'node_modules/.bin/tsx'), ['scripts/build-claims.ts'], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
  return { ...run, unchanged: readFileSync(generated, 'utf8') === before };
}

describe('npm run build:claims on a broken claim file', () => {
  it('fails on a quote that is not in its source, naming the claim, the source and the nearest text', () => {
    const run = buildWith("support(FIBRO_PAGE, 'assertion', 'Please note that not all forms are alike.')");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^build:claims failed: .*magnesium-forms-differ-in-absorption.*002_1c2bfa70c31f855c\.txt.*nearest text.*Please note that not all forms are the same/ms);
    expect(run.unchanged).toBe(true);
  }, 60_000);

  it('fails on an unknown source, naming it', () => {
    const run = buildWith("support('999_nowhere.txt' as never, 'assertion', 'Please note that not all forms are the same.')");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^build:claims failed: .*999_nowhere\.txt/m);
    expect(run.unchanged).toBe(true);
  }, 60_000);
});
