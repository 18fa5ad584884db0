import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBenchBrowser } from './lib/bench-browser.ts';
import { buildForAnalysis } from './lib/bench-build.ts';
import { profileLoad } from './lib/bench-profile.ts';
import { formatTable } from './lib/bench-report.ts';
import { runBench } from './lib/bench-run.ts';
import { attributeBytes, groupBytes } from './lib/bundle-sizes.ts';
import { ROOT } from './lib/paths.ts';
import { startStaticServer } from './lib/static-server.ts';
import { stressPage } from './lib/stress-pages.ts';

/**
 * npm run bench [-- --json] [-- --smoke] [-- --runs N]   the benchmark (docs/performance.md)
 * npm run bench -- --sizes     where the content script's bytes come from (source-mapped build)
 * npm run bench -- --profile   CPU hot spots while annotating the 100k-word page
 *
 * With --json, stdout holds one JSON object and nothing else (use `npm run --silent`, or npm
 * prints its own banner there too); progress goes to stderr. Each run is also saved under
 * bench-results/.
 */

const args = new Set(process.argv.slice(2));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : undefined;
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function sizes() {
  const dir = buildForAnalysis(log);
  const list = attributeBytes(join(dir, 'content-scripts/content.js'));
  const show = (rows: ReturnType<typeof groupBytes>) =>
    rows.map((r) => `${(r.bytes / 1024).toFixed(1).padStart(8)} KB ${(r.gzip / 1024).toFixed(1).padStart(6)} KB gz  ${r.source}`).join('\n');
  console.log('content script by package / folder (raw, gzipped alone: an estimate)');
  console.log(show(groupBytes(list, 3).slice(0, 30)));
  console.log('\nby file');
  console.log(show(list.slice(0, 30)));
}

async function profile() {
  const dir = buildForAnalysis(log);
  const pages = join(ROOT, 'bench-results/pages');
  mkdirSync(pages, { recursive: true });
  writeFileSync(join(pages, 'terms.html'), stressPage({ seed: 20260522, paragraphs: 3000, density: 'terms' }).html);
  const server = await startStaticServer({ '/': pages });
  const browser = await launchBenchBrowser(dir);
  try {
    const spots = await profileLoad(browser, `${server.url}/terms.html`, join(dir, 'content-scripts/content.js.map'));
    const row = (s: (typeof spots)[number]) => `${s.selfMs.toFixed(1).padStart(9)} ${s.totalMs.toFixed(1).padStart(9)}  ${s.where}`;
    console.log('self ms   total ms  (sampled, from navigation to the full pass done)');
    console.log(spots.slice(0, 40).map(row).join('\n'));
    console.log('\nby total time');
    console.log([...spots].sort((a, b) => b.totalMs - a.totalMs).slice(0, 40).map(row).join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

async function bench() {
  const result = await runBench({ smoke: args.has('--smoke'), ...(runs ? { runs } : {}), log });
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${result.machine.mode}-${result.machine.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`saved ${file}`);
  if (args.has('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
  else console.log(formatTable(result));
}

const task = args.has('--sizes') ? sizes : args.has('--profile') ? profile : bench;
task().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
