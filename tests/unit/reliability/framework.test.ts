// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator, type Annotator } from '../../../src/page/annotator.ts';
import { attachInteractions } from '../../../src/page/interactions.ts';
import { reliabilityOptions } from './matcher.ts';
import { createRoot, h, textOf, type VNode } from './mini-react.ts';
import { installSpecNodeIterator } from './spec-node-iterator.ts';

installSpecNodeIterator();

/**
 * A page whose framework re-renders its content (React-style: text nodes updated in place,
 * children replaced, keyed items moved, on a timer and on click) keeps working with MgLens:
 * after every render the page reads exactly what the framework rendered (no stale highlight
 * pieces showing old text), highlights come back, and MgLens's reactions stay bounded.
 */

/** The next task: what a browser could paint after the render's task and its microtasks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let controller = new AbortController();
afterEach(() => controller.abort());

function start(): { annotator: Annotator; passes: () => number } {
  controller = new AbortController();
  let passes = 0;
  const annotator = createAnnotator({ ...reliabilityOptions(controller.signal), onChange: () => (passes += 1) });
  return { annotator, passes: () => passes };
}

/** Counts every DOM mutation under the body (the page's and MgLens's). */
function countMutations(): { count: () => number; stop: () => void } {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  return {
    count: () => count + observer.takeRecords().length,
    stop: () => observer.disconnect(),
  };
}

const article = (n: number): VNode[] => [
  h('p', { id: 'counter' }, 'Magnesium ', 'intake today: ', String(n), ' mg, and magnesium may ease migraine.'),
  h('p', { id: 'static' }, 'Magnesium blocks NMDA receptors in migraine.'),
];

describe('a page rendered by a React-like framework', () => {
  it('reads exactly as last rendered after each in-place text update, and is highlighted again', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const root = createRoot(document.getElementById('app')!);
    root.render(article(0));
    const { annotator } = start();
    await annotator.ready;
    expect(document.querySelector('#counter mark[data-mglens="claim"]')).not.toBeNull();
    const app = document.getElementById('app')!;
    for (let n = 1; n <= 20; n += 1) {
      root.render(article(n * 111));
      await nextTask(); // before MgLens's next task: what a paint would show
      expect(app.textContent, `render ${n}, first task after it`).toBe(textOf(article(n * 111)));
      await sleep(5);
      expect(app.textContent, `render ${n}, a little later`).toBe(textOf(article(n * 111)));
    }
    await sleep(50);
    expect(app.textContent).toBe(textOf(article(2220)));
    expect(document.querySelector('#static mark[data-mglens="claim"]')).not.toBeNull();
  });

  it('reads as rendered even in a block MgLens gave up on because it re-renders too often', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const app = document.getElementById('app')!;
    const root = createRoot(app);
    root.render(article(0));
    const { annotator } = start();
    await annotator.ready;
    for (let n = 1; n <= 14; n += 1) {
      root.render(article(n));
      await sleep(15);
    }
    await sleep(100);
    expect(app.textContent).toBe(textOf(article(14)));
  });

  it('survives children replaced and keyed items moved, added and removed on click', async () => {
    document.body.innerHTML = '<ul id="list"></ul>';
    const list = document.getElementById('list')!;
    const root = createRoot(list);
    let items = ['a', 'b', 'c', 'd'];
    let round = 0;
    const view = (): VNode[] =>
      items.map((key, i) =>
        h(
          'li',
          { key, onClick: () => click() },
          round % 2 === 0 ? h('b', null, 'Magnesium ') : h('i', null, 'Magnesium '),
          `${key}${round}: magnesium oxide for migraine, item ${i}.`,
        ),
      );
    const click = () => {
      round += 1;
      items = round % 3 === 0 ? [...items.slice(1), `k${round}`] : [...items].reverse();
      root.render(view());
    };
    root.render(view());
    const { annotator } = start();
    await annotator.ready;
    expect(list.querySelectorAll('mark[data-mglens="claim"]').length).toBeGreaterThan(0);
    for (let i = 0; i < 15; i += 1) {
      const target = list.querySelector('mark[data-mglens]') ?? list.querySelector('li')!;
      target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await nextTask();
      expect(list.textContent, `click ${i + 1}, first task after it`).toBe(textOf(view()));
      await sleep(5);
    }
    await sleep(50);
    expect(list.textContent).toBe(textOf(view()));
    expect(list.children).toHaveLength(items.length);
  });

  it('does not loop with the page: quiet when the page is, and a bounded number of passes per render', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const root = createRoot(document.getElementById('app')!);
    root.render(article(0));
    const { annotator, passes } = start();
    await annotator.ready;
    await sleep(20);
    const idle = countMutations();
    await sleep(300);
    expect(idle.count(), 'DOM mutations while nothing changes').toBe(0);
    idle.stop();

    const busy = countMutations();
    const before = passes();
    const renders = 30;
    for (let n = 1; n <= renders; n += 1) {
      root.render(article(n));
      await sleep(10);
    }
    await sleep(100);
    const afterRenders = busy.count();
    await sleep(300);
    expect(busy.count(), 'no mutations once the page stops rendering').toBe(afterRenders);
    busy.stop();
    // Each render changes one text node; MgLens may take the paragraph's highlights down and put
    // them back (a few dozen mutations), never more.
    expect(afterRenders).toBeLessThanOrEqual(renders * 40);
    expect(passes() - before).toBeLessThanOrEqual(renders * 2);
  });

  it('lets the page\'s own click handler on a paragraph run when a highlight in it is clicked', async () => {
    document.body.innerHTML = '<p id="p">Magnesium may ease migraine, a study says.</p>';
    const p = document.getElementById('p')!;
    const clicks: Event[] = [];
    p.addEventListener('click', (event) => clicks.push(event));
    const { annotator } = start();
    attachInteractions({
      signal: controller.signal,
      hoverDelayMs: () => 0,
      appearance: () => ({}),
      contentFor: () => null,
      piecesOf: (mark) => annotator.itemOf(mark)?.pieces ?? [mark],
    });
    await annotator.ready;
    const mark = p.querySelector('mark[data-mglens="claim"]')!;
    expect(mark).not.toBeNull();
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.defaultPrevented).toBe(false);
    expect(clicks[0]!.target).toBe(mark);
  });
});
