import type { CDPSession, Page } from 'playwright-core';
import { defaultSettings } from '../../src/settings/schema.ts';
import type { BenchBrowser } from './bench-browser.ts';
import { heapAfterGc, openTab } from './bench-browser.ts';
import { longTaskParts, scriptEvaluation, startTracing, userMarks, windowCost, type WindowCost } from './bench-trace.ts';

/**
 * MgLens measured in a tab, with the extension loaded. The content script announces its moments
 * (src/page/bench-marks.ts: User Timing marks, and a DOM event the page collects with its time);
 * a Chrome trace gives the main-thread tasks between them (see bench-trace.ts for why every
 * task in the window counts).
 */

/** The main content script, and the tiny one that starts the settings read at document_start. */
const MAIN_SCRIPT = 'content-scripts/content.js';
const EARLY_SCRIPT = 'content-scripts/settings-read.js';

/**
 * The main content script's evaluation, and the early script's cost: its evaluation (the storage
 * answer and the warm-up message it handles later are a fraction of a millisecond, not counted).
 */
function contentScripts(trace: Parameters<typeof scriptEvaluation>[0], browser: BenchBrowser) {
  const early = scriptEvaluation(trace, `${browser.extensionUrl!}${EARLY_SCRIPT}`);
  return { script: scriptEvaluation(trace, `${browser.extensionUrl!}${MAIN_SCRIPT}`), earlyMs: (early?.dur ?? 0) / 1000 };
}

export interface LoadRun {
  /** The content script's first evaluation (module code and main() up to its first await). */
  scriptEvalMs: number;
  /** The early settings-read script at document_start (counted in `annotation.totalMs` too). */
  earlyScriptMs: number;
  /** From the script's start to the first screen annotated. */
  firstScreenMs: number;
  /** From the script's start to the full pass done (wall clock). */
  passDoneMs: number;
  /** Main-thread time from the script's start to the full pass done. */
  annotation: WindowCost;
  /** When the first screen's blocks went to the background and came back (after the script's start). */
  firstScreenSteps: string;
  /** The tasks over 50 ms in that window and what was inside them. */
  longTasks: string[];
  highlights: number;
}

export interface MutationRun {
  /**
   * Per appended paragraph, main-thread time: the observer callback, reading the block and sending
   * it to the background, and highlighting it when the matches are back (ms).
   */
  handledMs: number[];
  /** Per appended paragraph: from the observer callback to the highlights written (ms; includes the background's matching). */
  latencyMs: number[];
  highlightsAdded: number;
}

export interface TurnOffRun {
  /** abort() to every change undone, in the content script (ms). */
  restoreMs: number;
  /** Main-thread time from the abort to the page rendered again without marks. */
  cost: WindowCost;
  /** Highlights left on the page (0), and whether the markup equals the page as served. */
  marksLeft: number;
  restoredExactly: boolean;
}

/**
 * Collects the content script's bench events in the page: [name, time], times on the page's
 * clock. The events the benchmark waits for are also passed to Node through a binding, so that
 * waiting runs no polling script in the page: Playwright's polling (and the helper script it
 * injects first, ~30 ms to evaluate) would land on the main thread inside the measured window.
 */
const WAITED = ['pass-done', 'flush:end', 'stop:end'];
const COLLECT = `window.__mglensBench = [];
document.addEventListener('mglens-bench', (e) => {
  const at = e.detail.lastIndexOf('@');
  const name = e.detail.slice(0, at);
  window.__mglensBench.push([name, Number(e.detail.slice(at + 1))]);
  if (${JSON.stringify(WAITED)}.includes(name)) window.__mglensBenchSeen(name);
});`;

type Events = [string, number][];

const events = (page: Page) => page.evaluate('window.__mglensBench') as Promise<Events>;

interface Seen {
  counts: Map<string, number>;
  wake: Set<() => void>;
}
const seenIn = new WeakMap<Page, Seen>();

/** Opens a tab that collects the bench events. */
export async function openCollectingTab(browser: BenchBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const tab = await openTab(browser);
  const seen: Seen = { counts: new Map(), wake: new Set() };
  seenIn.set(tab.page, seen);
  await tab.page.exposeBinding('__mglensBenchSeen', (_source, name: string) => {
    seen.counts.set(name, (seen.counts.get(name) ?? 0) + 1);
    for (const wake of [...seen.wake]) wake();
  });
  await tab.page.addInitScript(COLLECT);
  return tab;
}

export function waitForEvent(page: Page, name: string, count = 1, timeout = 180_000): Promise<void> {
  const seen = seenIn.get(page);
  if (!seen || !WAITED.includes(name)) throw new Error(`cannot wait for ${name} in this tab`);
  return new Promise((resolve, reject) => {
    const check = () => {
      if ((seen.counts.get(name) ?? 0) < count) return;
      clearTimeout(timer);
      seen.wake.delete(check);
      resolve();
    };
    const timer = setTimeout(() => {
      seen.wake.delete(check);
      reject(new Error(`no "${name}" event (x${count}) within ${timeout} ms`));
    }, timeout);
    seen.wake.add(check);
    check();
  });
}

const highlightCount = (page: Page) => page.evaluate(`document.querySelectorAll('mark[data-mglens][data-mglens-last]').length`) as Promise<number>;

/** Sets the global switch through storage, as the popup does; every tab's content script follows. */
async function setEnabled(browser: BenchBrowser, enabled: boolean): Promise<void> {
  const settings = { ...defaultSettings(), enabled };
  await browser.inExtension!(`chrome.storage.local.set({ settings: ${JSON.stringify(settings)} })`);
}

export interface OpenedPage {
  page: Page;
  cdp: CDPSession;
  load: LoadRun;
}

/** Loads `url` and measures the first annotation; the tab stays open for further measurements. */
export async function loadWithMglens(browser: BenchBrowser, url: string): Promise<OpenedPage> {
  const { page, cdp } = await openCollectingTab(browser);
  const tracer = await startTracing(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await waitForEvent(page, 'pass-done');
  // Let the frame that shows the last marks render inside the trace.
  await page.waitForTimeout(300);
  const trace = await tracer.stop();
  const { script, earlyMs } = contentScripts(trace, browser);
  const marks = userMarks(trace, 'mglens:');
  const firstScreen = marks.get('mglens:first-screen')?.[0];
  const since = (name: string) => {
    const t = marks.get(`mglens:${name}`)?.[0];
    return t === undefined || !script ? undefined : Math.round((t - script.ts) / 100) / 10;
  };
  const passDone = marks.get('mglens:pass-done')?.[0];
  if (!script || firstScreen === undefined || passDone === undefined) throw new Error(`no MgLens marks in the trace of ${url}`);
  // The pass's last task ends after its mark; include the frame it renders.
  const window = windowCost(trace, script, script.ts, passDone + 20_000);
  const annotation = { ...window, totalMs: window.totalMs + earlyMs };
  return {
    page,
    cdp,
    load: {
      scriptEvalMs: script.dur / 1000,
      earlyScriptMs: earlyMs,
      firstScreenMs: (firstScreen - script.ts) / 1000,
      firstScreenSteps: `settings +${since('settings-read')}, blocks found +${since('first-screen-found')}, sent +${since('first-screen-sent')}, answered +${since('first-screen-answered')} ms`,
      passDoneMs: (passDone - script.ts) / 1000,
      annotation,
      longTasks: longTaskParts(trace, script, script.ts, passDone + 20_000),
      highlights: await highlightCount(page),
    },
  };
}

export async function heapWithMglens(opened: OpenedPage): Promise<number> {
  return heapAfterGc(opened.cdp);
}

/** Appends paragraphs one at a time at the end of the article, each after the previous was handled. */
export async function appendParagraphs(opened: OpenedPage, paragraphs: readonly { lang: string; html: string }[]): Promise<MutationRun> {
  const { page } = opened;
  const before = await highlightCount(page);
  const handledMs: number[] = [];
  const latencyMs: number[] = [];
  for (const { lang, html } of paragraphs) {
    const start = (await events(page)).length;
    const flushes = (await events(page)).filter(([n]) => n === 'flush:end').length;
    await page.evaluate(`(() => {
      const p = document.createElement('p');
      p.lang = ${JSON.stringify(lang)};
      p.setAttribute('data-bench-added', '');
      p.innerHTML = ${JSON.stringify(html)};
      (document.querySelector('article') ?? document.body).appendChild(p);
    })()`);
    await waitForEvent(page, 'flush:end', flushes + 1, 10_000);
    const list = (await events(page)).slice(start);
    handledMs.push(spanTotal(list, 'mutations') + spanTotal(list, 'flush-read') + spanTotal(list, 'flush-apply'));
    const first = list.find(([n]) => n === 'mutations:start')?.[1];
    const last = list.filter(([n]) => n === 'flush:end').pop()?.[1];
    if (first !== undefined && last !== undefined) latencyMs.push(last - first);
  }
  return { handledMs, latencyMs, highlightsAdded: (await highlightCount(page)) - before };
}

/** Sum of the durations of `<name>:start` ... `<name>:end` pairs. */
function spanTotal(list: Events, name: string): number {
  let total = 0;
  let open: number | undefined;
  for (const [n, t] of list) {
    if (n === `${name}:start`) open = t;
    else if (n === `${name}:end` && open !== undefined) {
      total += t - open;
      open = undefined;
    }
  }
  return total;
}

/** Turns MgLens off through the settings and measures the undoing; turns it back on for later runs. */
export async function turnOff(browser: BenchBrowser, opened: OpenedPage): Promise<TurnOffRun> {
  const { page, cdp } = opened;
  const start = (await events(page)).length;
  const tracer = await startTracing(cdp);
  await setEnabled(browser, false);
  await waitForEvent(page, 'stop:end', 1, 30_000);
  await page.waitForTimeout(500);
  const trace = await tracer.stop();
  const list = (await events(page)).slice(start);
  const marks = userMarks(trace, 'mglens:stop');
  const from = marks.get('mglens:stop:start')?.[0];
  const to = marks.get('mglens:stop:end')?.[0];
  const thread = contentScripts(trace, browser).script ?? pageThreadOf(trace);
  if (from === undefined || to === undefined || !thread) throw new Error('no stop marks in the trace');
  const cost = windowCost(trace, thread, from, to + 300_000);
  const marksLeft = (await page.evaluate(`document.querySelectorAll('mark[data-mglens]').length`)) as number;
  // Compared with the page as served, once the paragraphs the benchmark added are gone again.
  const restoredExactly = (await page.evaluate(`(async () => {
    for (const p of document.querySelectorAll('[data-bench-added]')) p.remove();
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').body.innerHTML === document.body.innerHTML;
  })()`)) as boolean;
  await setEnabled(browser, true);
  return { restoreMs: spanTotal(list, 'stop'), cost, marksLeft, restoredExactly };
}

export interface OffRun {
  scriptEvalMs: number;
  /** Main-thread time from the script's start until a second later: all it costs a page it leaves alone. */
  mainThreadMs: number;
}

/** What the content script costs a page while MgLens is switched off (it still loads on every page). */
export async function loadWithMglensOff(browser: BenchBrowser, url: string): Promise<OffRun> {
  await setEnabled(browser, false);
  try {
    const { page, cdp } = await openTab(browser);
    const tracer = await startTracing(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const trace = await tracer.stop();
    await page.close();
    const { script, earlyMs } = contentScripts(trace, browser);
    if (!script) throw new Error(`the content script did not run on ${url}`);
    return { scriptEvalMs: script.dur / 1000, mainThreadMs: earlyMs + windowCost(trace, script, script.ts, script.ts + 1_000_000).totalMs };
  } finally {
    await setEnabled(browser, true);
  }
}

function pageThreadOf(trace: readonly { name: string; pid: number; tid: number; cat: string }[]) {
  const e = trace.find((x) => x.cat.includes('blink.user_timing') && x.name.startsWith('mglens:'));
  return e ? { pid: e.pid, tid: e.tid } : undefined;
}
