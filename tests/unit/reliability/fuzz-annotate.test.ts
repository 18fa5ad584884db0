// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildFuzzPage, generateFuzzPage } from '../../../scripts/lib/dom-fuzz.ts';
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
