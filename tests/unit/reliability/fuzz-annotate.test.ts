// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FUZZ_SENTENCES, buildFuzzPage, generateFuzzPage, seededRandom } from '../../../scripts/lib/dom-fuzz.ts';
import { createAnnotator, type Annotator } from '../../../src/page/annotator.ts';
import { blockOf } from '../../../src/page/text-index.ts';
import { reliabilityOptions } from './matcher.ts';
import { differences, snapshot, visibleText } from './snapshot.ts';
import { installSpecNodeIterator } from './spec-node-iterator.ts';

installSpecNodeIterator();

/**
 * Hundreds of generated pages (fixed seeds: a failure names its seed, and
 * `generateFuzzPage(seed)` rebuilds the page) are annotated and turned off at different moments.
 * Throughout, the text a reader sees never changes; after turning off, the markup, the very text
 * node objects and the form values are as they were; nothing throws.
 */

export const FUZZ_SEEDS = Array.from({ length: Number(process.env.MGLENS_FUZZ_SEEDS ?? 300) }, (_, i) => 7 + i * 7919);

type StopAt = 'after-ready' | 'right-away' | 'mid-pass';
const stopAtFor = (seed: number): StopAt => (['after-ready', 'right-away', 'mid-pass'] as const)[seed % 3]!;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const totals = { claims: 0, terms: 0, pagesWithHighlights: 0, pages: 0 };

function reset() {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  for (const attribute of [...document.body.attributes]) document.body.removeAttribute(attribute.name);
}

/** What must hold while highlights are on: marks only where MgLens reads, each holding its item's text. */
function checkHighlights(annotator: Annotator): string[] {
  const problems: string[] = [];
  for (const mark of document.querySelectorAll('mark[data-mglens]')) {
    if (blockOf(mark) === null) problems.push(`a highlight inside text MgLens never reads: ${mark.parentElement?.outerHTML.slice(0, 200)}`);
    if (mark.querySelector('mark[data-mglens]')) problems.push('a highlight inside a highlight');
  }
  for (const item of annotator.items()) {
    const shown = item.pieces.map((p) => p.textContent ?? '').join('');
    const strip = (s: string) => s.replace(/\n/g, '');
    if (strip(shown) !== strip(item.text)) {
      problems.push(`${item.kind} ${JSON.stringify(item.text)} is highlighted as ${JSON.stringify(shown)}`);
    }
  }
  return problems;
}

async function exercise(seed: number) {
  reset();
  const page = generateFuzzPage(seed);
  buildFuzzPage(document, page);
  const before = snapshot(document);
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  window.addEventListener('error', onError);

  const controller = new AbortController();
  const stopAt = stopAtFor(seed);
  let annotator: Annotator | undefined;
  const duringProblems: string[] = [];
  const checkVisible = (when: string) => {
    if (visibleText(document) !== before.visible) duringProblems.push(`visible text changed ${when}`);
  };
  try {
    annotator = createAnnotator({ ...reliabilityOptions(controller.signal), onChange: () => checkVisible('at a change report') });
    checkVisible('after the first screen');
    let finished = false;
    void annotator.ready.then(() => (finished = true));
    if (stopAt === 'right-away') controller.abort();
    // Watch between the annotator's slices; for 'mid-pass', stop after a seed-chosen number of them.
    const stopAfter = stopAt === 'mid-pass' ? 1 + (seed % 5) : Infinity;
    for (let tick = 0; !finished && tick < 10_000; tick += 1) {
      await macrotask();
      checkVisible(`during the pass (tick ${tick})`);
      if (tick + 1 >= stopAfter) controller.abort();
    }
    await annotator.ready;
    if (!controller.signal.aborted) {
      const items = annotator.items();
      totals.claims += items.filter((i) => i.kind === 'claim').length;
      totals.terms += items.filter((i) => i.kind === 'term').length;
      if (items.length > 0) totals.pagesWithHighlights += 1;
      duringProblems.push(...checkHighlights(annotator));
      // Idle: MgLens's own marks must not set off more work.
      await macrotask();
      await macrotask();
      checkVisible('when idle');
    }
    controller.abort();
  } catch (error) {
    errors.push(error);
  } finally {
    window.removeEventListener('error', onError);
    controller.abort();
  }
  totals.pages += 1;
  const after = snapshot(document);
  const problems = [...duringProblems, ...differences(before, after), ...errors.map((e) => `threw: ${String(e)}`)];
  if (document.querySelector('mark[data-mglens]')) problems.push('highlights left after turning off');
  return { stopAt, problems };
}

describe('generated pages, annotated and turned off', () => {
  it.each(FUZZ_SEEDS)('seed %i: text never changes, and turning off restores the page exactly', async (seed) => {
    const { stopAt, problems } = await exercise(seed);
    expect(problems, `seed ${seed} (stopped ${stopAt}); rebuild with generateFuzzPage(${seed})`).toEqual([]);
  });

  // Runs after the seeds (tests in a file run in order): the run proves something only if the
  // pages were in fact highlighted, with claims and terms.
  it('highlighted claims and terms on most of the generated pages', () => {
    expect(totals.pages).toBe(FUZZ_SEEDS.length);
    expect(totals.pagesWithHighlights).toBeGreaterThan(FUZZ_SEEDS.length / 4);
    expect(totals.claims).toBeGreaterThan(100);
    expect(totals.terms).toBeGreaterThan(100);
  });
});

/**
 * The same pages, changed by the page while MgLens works (text rewritten in place, nodes removed,
 * inserted, moved, children replaced: what frameworks and scripts do), next to a control copy
 * that gets the same changes without MgLens. After every change, at the next task (what a paint
 * shows), the two read the same; after turning off, their markup is the same.
 */
const MUTATION_SEEDS = FUZZ_SEEDS.filter((_, i) => i % 2 === 0);

type Op = (nodes: Node[], doc: Document) => void;

function randomOps(seed: number, texts: number, elements: number): { name: string; op: Op }[] {
  const random = seededRandom(seed ^ 0x5eed);
  const int = (n: number) => Math.floor(random() * n);
  const sentence = () => FUZZ_SENTENCES.en[int(FUZZ_SENTENCES.en.length)]!;
  const ops: { name: string; op: Op }[] = [];
  for (let i = 0; i < 12; i += 1) {
    const t = int(texts);
    const e = texts + int(elements);
    const other = int(texts + elements);
    const words = sentence();
    switch (int(6)) {
      case 0:
        ops.push({ name: `set text #${t}`, op: (n) => void ((n[t] as Text).data = words) });
        break;
      case 1:
        ops.push({ name: `remove #${other}`, op: (n) => (n[other] as ChildNode).remove() });
        break;
      case 2:
        ops.push({ name: `append text to #${e}`, op: (n, d) => n[e]!.appendChild(d.createTextNode(words)) });
        break;
      case 3:
        ops.push({ name: `insert before #${t}`, op: (n, d) => n[t]!.parentNode?.insertBefore(d.createTextNode(` ${words} `), n[t]!) });
        break;
      case 4:
        ops.push({ name: `replace children of #${e}`, op: (n) => void ((n[e] as Element).textContent = words) });
        break;
      default:
        ops.push({
          name: `move #${t} into #${e}`,
          op: (n) => {
            if (!n[t]!.contains(n[e]!)) n[e]!.appendChild(n[t]!);
          },
        });
    }
  }
  return ops;
}

/** The page's own nodes in a fixed order: text nodes, then elements (body content, light DOM). */
function pageNodes(doc: Document): Node[] {
  const all: Node[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) all.push(n);
  const isSvg = (n: Node) => n.nodeType === 1 && (n as Element).namespaceURI !== 'http://www.w3.org/1999/xhtml';
  return [...all.filter((n) => n.nodeType === 3), ...all.filter((n) => n.nodeType === 1 && !isSvg(n) && (n as Element).localName !== 'iframe')];
}

describe('generated pages changed by the page while annotated', () => {
  it.each(MUTATION_SEEDS)('seed %i: reads like an unannotated copy after every change, and is the same once turned off', async (seed) => {
    reset();
    const page = generateFuzzPage(seed);
    buildFuzzPage(document, page);
    const control = document.implementation.createHTMLDocument('');
    buildFuzzPage(control, page);
    const liveNodes = pageNodes(document);
    const controlNodes = pageNodes(control);
    expect(liveNodes.length).toBe(controlNodes.length);
    const texts = liveNodes.filter((n) => n.nodeType === 3).length;
    const ops = randomOps(seed, Math.max(1, texts), Math.max(1, liveNodes.length - texts));

    const controller = new AbortController();
    const problems: string[] = [];
    try {
      const annotator = createAnnotator(reliabilityOptions(controller.signal));
      await annotator.ready;
      for (const [i, { name, op }] of ops.entries()) {
        let failed = false;
        for (const [nodes, doc] of [[liveNodes, document], [controlNodes, control]] as const) {
          try {
            op(nodes, doc);
          } catch {
            failed = true; // the same invalid operation fails on both copies
          }
        }
        await macrotask();
        if (document.body.textContent !== control.body.textContent) {
          const live = document.body.textContent ?? '';
          const copy = control.body.textContent ?? '';
          let at = 0;
          while (at < live.length && live[at] === copy[at]) at += 1;
          problems.push(`after op ${i} (${name}${failed ? ', failed' : ''}) the page reads …${JSON.stringify(live.slice(Math.max(0, at - 60), at + 80))}, without MgLens …${JSON.stringify(copy.slice(Math.max(0, at - 60), at + 80))}; ops: ${ops.slice(0, i + 1).map((o) => o.name).join(', ')}`);
          break;
        }
        if (i % 3 === 2) await new Promise((r) => setTimeout(r, 2));
      }
      await annotator.ready;
      for (let i = 0; i < 5; i += 1) await macrotask();
      if (document.body.textContent !== control.body.textContent) problems.push('reads differently once settled');
    } catch (error) {
      problems.push(`threw: ${String(error)}`);
    } finally {
      controller.abort();
    }
    if (document.body.innerHTML !== control.body.innerHTML) {
      problems.push(`markup differs after turning off:\n  live    ${document.body.innerHTML.slice(0, 400)}\n  control ${control.body.innerHTML.slice(0, 400)}`);
    }
    const moved = liveNodes.findIndex((node, i) => document.contains(node) !== control.contains(controlNodes[i]!) || (node.nodeType === 3 && (node as Text).data !== (controlNodes[i] as Text).data));
    if (moved !== -1) problems.push(`page node #${moved} differs from the control's after turning off`);
    expect(problems, `seed ${seed}; rebuild with generateFuzzPage(${seed})`).toEqual([]);
  });
});
