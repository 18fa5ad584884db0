import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

/**
 * The benchmark runs, end to end, on a small page: every figure is measured and every target is
 * reported. Whether the targets pass is not tested here: timings on shared CI machines are noise.
 * (The figures themselves are `npm run bench`'s job; docs/performance.md has the latest.)
 */

const run = promisify(execFile);

describe('npm run bench -- --smoke --json', () => {
  it('prints one JSON object whose every target has a value, a bound and a verdict', async () => {
    const { stdout } = await run('npx', ['tsx', 'scripts/bench.ts', '--smoke', '--json'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 170_000,
    });
    const result = JSON.parse(stdout) as { targets: Record<string, Record<string, unknown>>; mglens: Record<string, unknown> };
    const names = Object.keys(result.targets);
    expect(names).toEqual(
      expect.arrayContaining(['fullAnnotation', 'firstScreen', 'longestTask', 'appendParagraph', 'turnOff', 'noTermPage', 'contentScriptSize']),
    );
    for (const name of names) {
      const target = result.targets[name]!;
      expect(typeof target.value, name).toBe('number');
      expect(Number.isFinite(target.value), name).toBe(true);
      expect(typeof target.bound, name).toBe('number');
      expect(typeof target.unit, name).toBe('string');
      expect(typeof target.pass, name).toBe('boolean');
    }
    // Turning off restored the page's markup exactly, however long it took.
    expect(result.mglens.turnOffMs).toMatchObject({ marksLeft: 0, restoredExactly: true });
  }, 180_000);
});
