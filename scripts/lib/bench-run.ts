import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserVersion, launchBenchBrowser, type BenchBrowser } from './bench-browser.ts';
import { ensureBuild } from './bench-build.ts';
import { measureBackground, measureBare, measureNaive, measurePlainHeap, measureScanFloor, type BackgroundRun, type FloorRun } from './bench-floor.ts';
import {
  appendParagraphs,
  heapWithMglens,
  loadWithMglens,
  loadWithMglensOff,
  turnOff,
  type LoadRun,
  type MutationRun,
  type OffRun,
  type TurnOffRun,
} from './bench-mglens.ts';
import { median, round, sizesTable, target, type BenchResult } from './bench-report.ts';
import { entrySizes } from './bundle-sizes.ts';
import { CHROME_BUILD } from './paths.ts';
import { startStaticServer } from './static-server.ts';
import { extraParagraphs, stressPage } from './stress-pages.ts';

/** The whole benchmark: pages, reference measurements, MgLens, sizes, targets. */

export interface BenchOptions {
  smoke: boolean;
  runs?: number;
  /** Progress lines (stderr). */
  log: (line: string) => void;
}

const SEED = 20260522;
const BOUNDS = { fullVsBare: 3, firstScreenMs: 50, longestTaskMs: 50, appendMs: 2, turnOffVsBare: 2, noTermVsBare: 1.5, contentGzipKB: 60 };

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { smoke, log } = options;
  const runs = options.runs ?? (smoke ? 1 : 3);
  const paragraphs = smoke ? 150 : 3000;
  const naiveCapMs = smoke ? 3000 : 30_000;
  const appends = smoke ? 3 : 9;

  ensureBuild(log);
  const dir = mkdtempSync(join(tmpdir(), 'mglens-bench-pages-'));
  const terms = stressPage({ seed: SEED, paragraphs, density: 'terms' });
  const none = stressPage({ seed: SEED + 1, paragraphs, density: 'none' });
  writeFileSync(join(dir, 'terms.html'), terms.html);
  writeFileSync(join(dir, 'none.html'), none.html);
  log(`pages: ${terms.words} words / ${terms.paragraphs} paragraphs with terms; ${none.words} words without`);
  const server = await startStaticServer({ '/': dir });
  const url = (name: string) => `${server.url}/${name}.html`;
  const browsers: BenchBrowser[] = [];

  try {
    // Reference: a plain tab, no extension.
    const plain = await launchBenchBrowser();
    browsers.push(plain);
    const chromium = await browserVersion(plain);
    const bare: FloorRun[] = [];
    const bareNone: FloorRun[] = [];
    const scan: FloorRun[] = [];
    const background: BackgroundRun[] = [];
    const plainHeap: number[] = [];
    for (let r = 0; r < runs; r++) {
      log(`reference run ${r + 1}/${runs}: bare, scan floor, the background's matching, heap`);
      bare.push(await measureBare(plain, url('terms')));
      bareNone.push(await measureBare(plain, url('none')));
      scan.push(await measureScanFloor(plain, url('terms')));
      background.push(await measureBackground(plain, url('terms')));
      plainHeap.push(await measurePlainHeap(plain, url('terms')));
    }
    log(`naive: mark.js mark() with every literal surface form (cap ${naiveCapMs / 1000} s)`);
    const naive = await measureNaive(plain, url('terms'), naiveCapMs);
    await plain.close();
    browsers.pop();

    // MgLens.
    const ext = await launchBenchBrowser(CHROME_BUILD);
    browsers.push(ext);
    const loads: LoadRun[] = [];
    const heaps: number[] = [];
    const mutations: MutationRun[] = [];
    const offs: TurnOffRun[] = [];
    const noneLoads: LoadRun[] = [];
    const offLoads: OffRun[] = [];
    const extra = extraParagraphs(SEED + 2, appends);
    for (let r = 0; r < runs; r++) {
      log(`MgLens run ${r + 1}/${runs}: load, heap, ${appends} appended paragraphs, turn off`);
      const opened = await loadWithMglens(ext, url('terms'));
      loads.push(opened.load);
      heaps.push(await heapWithMglens(opened));
      mutations.push(await appendParagraphs(opened, extra));
      offs.push(await turnOff(ext, opened));
      await opened.page.close();
      log(`MgLens run ${r + 1}/${runs}: page without terms`);
      const quiet = await loadWithMglens(ext, url('none'));
      noneLoads.push(quiet.load);
      await quiet.page.close();
      log(`MgLens run ${r + 1}/${runs}: switched off`);
      offLoads.push(await loadWithMglensOff(ext, url('terms')));
    }
    await ext.close();
    browsers.pop();

    const sizes = entrySizes(CHROME_BUILD);
    const content = sizes.find((s) => s.name === 'content')!;

    const bareMs = median(bare.map((b) => b.ms));
    const bareNoneMs = median(bareNone.map((b) => b.ms));
    const scanMs = median(scan.map((b) => b.ms));
    const fullMs = median(loads.map((l) => l.annotation.totalMs));
    const fullRenderMs = median(loads.map((l) => l.annotation.renderMs));
    const longest = Math.max(...loads.map((l) => l.annotation.longestMs));
    const firstScreen = median(loads.map((l) => l.firstScreenMs));
    const handled = mutations.flatMap((m) => m.handledMs);
    const latency = mutations.flatMap((m) => m.latencyMs);
    const offMs = median(offs.map((o) => o.cost.totalMs));
    const noneMs = median(noneLoads.map((l) => l.annotation.totalMs));
    const heapAdded = median(heaps) - median(plainHeap);
    const naiveLabel = naive.finished ? round(naive.ms / fullMs) : `> ${round(naive.ms / fullMs)}`;

    return {
      machine: {
        date: new Date().toISOString(),
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        chromium,
        mode: smoke ? 'smoke' : 'full',
        runs,
      },
      pages: {
        terms: { words: terms.words, paragraphs: terms.paragraphs, textNodes: bare[0]?.textNodes },
        none: { words: none.words, paragraphs: none.paragraphs, textNodes: bareNone[0]?.textNodes },
      },
      floor: {
        bareMs: { median: bareMs, runs: bare.map((b) => b.ms), hits: bare[0]?.hits ?? 0 },
        bareNoTermsMs: { median: bareNoneMs, runs: bareNone.map((b) => b.ms), hits: bareNone[0]?.hits ?? 0 },
        scanFloorMs: { median: scanMs, runs: scan.map((b) => b.ms), hits: scan[0]?.hits ?? 0 },
        backgroundMatchMs: {
          median: median(background.map((b) => b.matchMs)),
          buildMs: median(background.map((b) => b.buildMs)),
          warmMs: median(background.map((b) => b.warmMs)),
          claims: background[0]?.claims ?? 0,
        },
      },
      naive: {
        ms: naive.finished ? naive.ms : `> ${round(naive.ms)} (cap)`,
        termsDone: `${naive.termsDone} of ${naive.terms} terms`,
        marks: naive.marks,
      },
      mglens: {
        scriptEvalMs: { median: median(loads.map((l) => l.scriptEvalMs)), runs: loads.map((l) => l.scriptEvalMs) },
        earlyScriptMs: { median: median(loads.map((l) => l.earlyScriptMs)), runs: loads.map((l) => l.earlyScriptMs) },
        firstScreenMs: { median: firstScreen, runs: loads.map((l) => l.firstScreenMs) },
        // Run 1 is the first page this browser's background matches: its matcher is cold, as after
        // every service-worker restart (30 s idle). It counts in the median like the others.
        firstScreenColdMs: loads[0]?.firstScreenMs ?? Number.NaN,
        firstScreenSteps: loads.map((l, i) => `run ${i + 1}${i === 0 ? ' (cold background)' : ''}: ${l.firstScreenSteps}`),
        passDoneMs: { median: median(loads.map((l) => l.passDoneMs)), runs: loads.map((l) => l.passDoneMs) },
        annotationMs: { median: fullMs, renderMs: fullRenderMs, runs: loads.map((l) => l.annotation.totalMs) },
        tasks: { count: median(loads.map((l) => l.annotation.tasks)), over50ms: median(loads.map((l) => l.annotation.tasksOver50)), longestMs: longest },
        highlights: median(loads.map((l) => l.highlights)),
        longTasks: loads.flatMap((l, i) => l.longTasks.map((t) => `run ${i + 1}: ${t}`)),
        appendMs: { median: median(handled), max: Math.max(...handled), samples: handled.length, highlightsAdded: mutations[0]?.highlightsAdded ?? 0 },
        appendLatencyMs: { median: median(latency), max: Math.max(...latency) },
        turnOffMs: { median: offMs, restoreJsMs: median(offs.map((o) => o.restoreMs)), renderMs: median(offs.map((o) => o.cost.renderMs)), marksLeft: Math.max(...offs.map((o) => o.marksLeft)), restoredExactly: offs.every((o) => o.restoredExactly) },
        noTermPageMs: { median: noneMs, runs: noneLoads.map((l) => l.annotation.totalMs), highlights: median(noneLoads.map((l) => l.highlights)) },
        heapAddedMB: round(heapAdded / 2 ** 20),
        switchedOffMs: { median: median(offLoads.map((o) => o.mainThreadMs)), scriptEvalMs: median(offLoads.map((o) => o.scriptEvalMs)) },
      },
      ratios: {
        mglensOverBare: round(fullMs / bareMs),
        naiveOverMglens: naiveLabel,
        mglensOverScanFloor: round(fullMs / scanMs),
      },
      sizes: sizesTable(sizes),
      targets: {
        fullAnnotation: target(fullMs / bareMs, BOUNDS.fullVsBare, 'x bare', { ms: round(fullMs), bareMs: round(bareMs) }),
        firstScreen: target(firstScreen, BOUNDS.firstScreenMs, 'ms'),
        longestTask: target(longest, BOUNDS.longestTaskMs, 'ms'),
        appendParagraph: target(median(handled), BOUNDS.appendMs, 'ms', { maxMs: round(Math.max(...handled)) }),
        turnOff: target(offMs / bareMs, BOUNDS.turnOffVsBare, 'x bare', { ms: round(offMs), bareMs: round(bareMs) }),
        noTermPage: target(noneMs / bareNoneMs, BOUNDS.noTermVsBare, 'x bare', { ms: round(noneMs), bareMs: round(bareNoneMs) }),
        contentScriptSize: target(content.jsGzip / 1024, BOUNDS.contentGzipKB, 'KB gz', { rawKB: round(content.js / 1024, 1) }),
      },
    };
  } finally {
    for (const b of browsers) await b.close().catch(() => {});
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
