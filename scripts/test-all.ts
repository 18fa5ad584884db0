/**
 * `npm test`: every suite, one after the other (unit, then end-to-end in real browsers), then one
 * closing line `N passed, M failed` summed over both runners, which CI reads. Exits non-zero when
 * any test failed or a runner could not report (a crashed runner counts as one failure).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Suite {
  name: string;
  args: string[];
}

const SUITES: Suite[] = [
  { name: 'unit', args: [] },
  { name: 'e2e', args: ['--config', 'vitest.e2e.config.ts'] },
];

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

for (const suite of SUITES) {
  const report = `test-results/${suite.name}.json`;
  rmSync(report, { force: true });
  const run = spawnSync(
    'npx',
    ['vitest', 'run', ...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit' },
  );
  try {
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      success: boolean;
    };
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    skipped += result.numPendingTests + result.numTodoTests;
    // A suite-level error (e.g. a failing beforeAll or setup) fails the run without failing a test.
    if (run.status !== 0 && result.numFailedTests === 0) failed += 1;
  } catch {
    console.error(`\n${suite.name}: the runner exited with ${run.status} and wrote no report; counted as one failure.`);
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
