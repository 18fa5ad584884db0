import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { lexicon } from '../../src/lexicon/compile.ts';
import { LEXICON_PARTS } from '../../src/lexicon/forms/index.ts';
import type { Entry } from '../../src/lexicon/forms/types.ts';
import type { BenchBrowser } from './bench-browser.ts';
import { heapAfterGc, openTab } from './bench-browser.ts';
import { ROOT } from './paths.ts';

/**
 * What matching costs without MgLens, in a plain Chromium tab (no extension):
 * - bare: a TreeWalker over every text node and the lexicon's real combined pattern
 *   (`lexicon().pattern`, every surface form in one alternation) run over each node's text,
 *   lower-cased as the lexicon expects. No DOM change. Compiled and run once before timing.
 * - scan floor: the same walk with the lexicon's own scanner (`findTerms`: normalisation and the
 *   dispatching scanner MgLens uses), bundled and injected; warm. The fastest way to find the
 *   real terms, without sentences, claims or marks.
 * - naive: mark.js `mark()` with the literal surface forms, what a quick implementation would
 *   do: one DOM pass per term. Run in chunks so it can stop at a cap.
 * In-page code is passed as text: the functions tsx compiles carry helpers a page lacks.
 */

export interface FloorRun {
  ms: number;
  hits: number;
  textNodes: number;
}

export interface NaiveRun {
  ms: number;
  /** False when it hit the cap: `ms` is then a lower bound. */
  finished: boolean;
  termsDone: number;
  terms: number;
  marks: number;
}

const BARE = `async ({ source, flags }) => {
  const re = new RegExp(source, flags);
  // Compile for both string representations V8 keeps (one-byte and two-byte) before timing.
  re.lastIndex = 0; re.exec('magnesium'); re.lastIndex = 0; re.exec('магнезий');
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hits = 0, textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    const text = node.data.toLowerCase();
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      hits++;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return { ms: performance.now() - t0, hits, textNodes };
}`;

const SCAN = `() => {
  const run = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let hits = 0, textNodes = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      textNodes++;
      hits += MgLensFloor.findTerms(node.data).length;
    }
    return { hits, textNodes };
  };
  run();
  const t0 = performance.now();
  const r = run();
  return { ms: performance.now() - t0, hits: r.hits, textNodes: r.textNodes };
}`;

const NAIVE_CHUNK = `({ terms, budgetMs }) => new Promise((resolve) => {
  const instance = new Mark(document.body);
  const t0 = performance.now();
  let done = 0;
  // mark(array) handles one term after another, each a full pass over the page; the chunks below
  // are the same passes, split so that a cap can stop between them.
  const next = () => {
    if (done >= terms.length || performance.now() - t0 > budgetMs) {
      resolve({ ms: performance.now() - t0, termsDone: done, marks: document.querySelectorAll('mark[data-markjs]').length });
      return;
    }
    const chunk = terms.slice(done, done + 5);
    instance.mark(chunk, { separateWordSearch: false, done: () => { done += chunk.length; next(); } });
  };
  next();
})`;

/** Literal surface forms (words and spaces only), as a quick implementation would list them. */
export function literalSurfaceForms(): string[] {
  const out = new Set<string>();
  for (const part of LEXICON_PARTS) {
    for (const byLanguage of Object.values(part)) {
      for (const entries of Object.values(byLanguage ?? {}) as (readonly Entry[])[]) {
        for (const entry of entries) {
          const p = typeof entry === 'string' ? entry : entry.p;
          if (/^[\p{L}\p{N} ]+$/u.test(p)) out.add(p);
        }
      }
    }
  }
  return [...out];
}

const scripts = new Map<string, string>();

/** A source file as a script for a page (an IIFE setting the global `name`). */
async function pageScript(entry: string, name: string): Promise<string> {
  const cached = scripts.get(entry);
  if (cached) return cached;
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    // Node-only reads (process.env) in the core must not throw in a page.
    define: { 'process.env': '{}' },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, entry), formats: ['iife'], name },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
  const code = outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
  scripts.set(entry, code);
  return code;
}

/** The lexicon's findTerms as a script for a page (global `MgLensFloor`). */
const scannerScript = () => pageScript('src/lexicon/find-terms.ts', 'MgLensFloor');

export interface BackgroundRun {
  /** Building the matcher (bundle validated, lexicon compiled) and warming it with the statements. */
  buildMs: number;
  warmMs: number;
  /** Matching every block of the page, in the annotator's batches. */
  matchMs: number;
  claims: number;
}

/**
 * What the background does for a page, measured in a plain tab of the same Chromium (the
 * service worker's thread is not in the page's trace): see bench-background-entry.ts.
 */
export async function measureBackground(browser: BenchBrowser, url: string): Promise<BackgroundRun> {
  const { page } = await openTab(browser);
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: await pageScript('scripts/lib/bench-background-entry.ts', 'MgLensBackground') });
  const run = (await page.evaluate('MgLensBackground.matchPage()')) as BackgroundRun;
  await page.close();
  return run;
}

function markJsScript(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
}

export async function measureBare(browser: BenchBrowser, url: string): Promise<FloorRun> {
  const { page } = await openTab(browser);
  await page.goto(url, { waitUntil: 'load' });
  const { source, flags } = lexicon().pattern;
  const run = (await page.evaluate(`(${BARE})(${JSON.stringify({ source, flags })})`)) as FloorRun;
  await page.close();
  return run;
}

export async function measureScanFloor(browser: BenchBrowser, url: string): Promise<FloorRun> {
  const { page } = await openTab(browser);
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: await scannerScript() });
  const run = (await page.evaluate(`(${SCAN})()`)) as FloorRun;
  await page.close();
  return run;
}

export async function measureNaive(browser: BenchBrowser, url: string, capMs: number): Promise<NaiveRun> {
  const { page } = await openTab(browser);
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: markJsScript() });
  const terms = literalSurfaceForms();
  const run = (await page.evaluate(`(${NAIVE_CHUNK})(${JSON.stringify({ terms, budgetMs: capMs })})`)) as Omit<NaiveRun, 'finished' | 'terms'>;
  await page.close();
  return { ...run, terms: terms.length, finished: run.termsDone >= terms.length };
}

/** The renderer's JS heap with the page loaded and nothing else: the baseline MgLens adds to. */
export async function measurePlainHeap(browser: BenchBrowser, url: string): Promise<number> {
  const { page, cdp } = await openTab(browser);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const bytes = await heapAfterGc(cdp);
  await page.close();
  return bytes;
}
