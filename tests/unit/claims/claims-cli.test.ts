import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ClaimDatabaseSchema } from '../../../src/claims/schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'claims', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('npm run --silent claims', () => {
  it('with --json prints the database as JSON on stdout and nothing else', () => {
    const result = run('--json');
    expect(result.status).toBe(0);
    const db = ClaimDatabaseSchema.parse(JSON.parse(result.stdout));
    expect(db.sources.map((s) => s.id)).toHaveLength(5);
    expect(db.claims.length).toBeGreaterThanOrEqual(50);
    const [claim] = db.claims;
    expect(Object.keys(claim!.strength)).toEqual(
      expect.arrayContaining(['grade', 'contested', 'supporting', 'contrasting', 'reasons']),
    );
    expect(Object.keys(claim!.evidence[0]!)).toEqual(
      expect.arrayContaining(['source', 'quote', 'stance', 'kind', 'hedged', 'start', 'end', 'prefix', 'suffix']),
    );
    expect(result.stdout).not.toMatch(/coverage:/);
  }, 120_000);

  it('without --json prints a readable table', () => {
    const result = run();
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+grade\s+contested\s+\+\/-\s+statement$/);
    expect(result.stdout).toMatch(/magnesium-citrate-well-absorbed\s+low\s+yes\s+3\/1\s+Magnesium citrate/);
  }, 120_000);
});
