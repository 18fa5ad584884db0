import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, ROOT } from './paths.ts';

/**
 * The benchmark measures the extension as built. It builds when there is no Chrome build, or when
 * any source the build reads is newer than it.
 */

const INPUTS = ['src', 'entrypoints', 'public', 'wxt.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

export function buildIsStale(dir = CHROME_BUILD): boolean {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return INPUTS.some((input) => newest(join(ROOT, input)) > built);
}

/** Builds into .output/chrome-mv3 if needed; the build's own output goes to stderr. */
export function ensureBuild(log: (line: string) => void): void {
  if (!buildIsStale()) return;
  log('building the extension (npm run build)...');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
}

/** A source-mapped build in .output/analyse/chrome-mv3, for --sizes and --profile. */
export function buildForAnalysis(log: (line: string) => void): string {
  const dir = join(ROOT, '.output/analyse/chrome-mv3');
  if (!buildIsStale(dir)) return dir;
  log('building a source-mapped copy (MGLENS_ANALYSE=1 wxt build)...');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, MGLENS_ANALYSE: '1' } });
  return dir;
}
