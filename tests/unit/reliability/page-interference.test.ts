// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/page/annotator.ts';
import { markRanges, restore } from '../../../src/page/mark-adapter.ts';
import { reliabilityOptions } from './matcher.ts';
import { installSpecNodeIterator } from './spec-node-iterator.ts';

installSpecNodeIterator();

/**
 * Pages that lay hands on MgLens's highlights (unwrap them, delete them, put their own nodes in
 * between) must end up as they would have been without MgLens: the text they show is never
 * duplicated or lost, while highlighted or after turning off.
 */

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const TEXT = 'Many say magnesium eases migraine. Magnesium oxide is poorly absorbed.';

function paragraph(): { p: HTMLElement; head: Text } {
  const p = document.createElement('p');
  const head = document.createTextNode(TEXT);
  p.append(head);
  document.body.replaceChildren(p);
  return { p, head };
}

/** Marks "magnesium" in the head, as the annotator would. */
function markMagnesium(p: HTMLElement, head: Text) {
  const at = TEXT.indexOf('magnesium');
  return markRanges(p, [{ start: { node: head, offset: at }, end: { node: head, offset: at + 9 }, attributes: { 'data-mglens': 'term' } }]);
}

describe('restoring after the page changed the highlights', () => {
  it('a page that unwrapped a highlight gets its text back once, not twice', () => {
    const { p, head } = paragraph();
    const { families } = markMagnesium(p, head);
    const mark = p.querySelector('mark')!;
    mark.replaceWith(...mark.childNodes);
    expect(p.textContent).toBe(TEXT);
    restore(families);
    expect(p.textContent).toBe(TEXT);
    expect([...p.childNodes]).toEqual([head]);
  });

  it('a page that deleted a highlight element gets its text back in place', () => {
    const { p, head } = paragraph();
    const { families } = markMagnesium(p, head);
    p.querySelector('mark')!.remove();
    restore(families);
    expect(p.textContent).toBe(TEXT);
    expect([...p.childNodes]).toEqual([head]);
  });

  it('a node the page put right after its text node ends up after that text, as without MgLens', () => {
    const { p, head } = paragraph();
    const { families } = markMagnesium(p, head);
    const note = document.createElement('sup');
    note.textContent = '[1]';
    p.insertBefore(note, head.nextSibling); // head.after(note): its own text node, it believes
    restore(families);
    expect(p.innerHTML).toBe(`${TEXT}<sup>[1]</sup>`);
    expect(p.firstChild).toBe(head);
  });
});

describe('a page that strips highlights while the annotator runs', () => {
  let controller = new AbortController();
  afterEach(() => controller.abort());

  it('a text node the page takes out of a removed paragraph keeps its whole text', async () => {
    document.body.innerHTML = '<p id="a"></p><p id="b">Other text.</p>';
    const head = document.createTextNode(TEXT);
    document.getElementById('a')!.append(head);
    controller = new AbortController();
    const annotator = createAnnotator(reliabilityOptions(controller.signal));
    await annotator.ready;
    expect(head.data).not.toBe(TEXT); // split by a highlight
    // One task: the paragraph goes, its text node is reused elsewhere (as a framework may).
    document.getElementById('a')!.remove();
    document.getElementById('b')!.append(head);
    await sleep(0);
    expect(document.getElementById('b')!.textContent).toBe(`Other text.${TEXT}`);
    controller.abort();
    expect(head.data).toBe(TEXT);
  });

  it('a paragraph removed while highlighted and put back later reads as it did', async () => {
    const { p, head } = paragraph();
    controller = new AbortController();
    const annotator = createAnnotator(reliabilityOptions(controller.signal));
    await annotator.ready;
    p.remove();
    await sleep(5);
    const p2 = document.createElement('p');
    p2.append(head); // the page reuses its own node
    document.body.append(p2);
    await sleep(5);
    expect(p2.textContent).toBe(TEXT);
    controller.abort();
    expect(document.body.innerHTML).toBe(`<p>${TEXT}</p>`);
  });

  it('shows its text exactly once throughout, and exactly as before once turned off', async () => {
    const { p } = paragraph();
    const before = document.body.innerHTML;
    let strips = 0;
    const stripper = new MutationObserver(() => {
      for (const mark of p.querySelectorAll('mark')) {
        strips += 1;
        mark.replaceWith(...mark.childNodes);
      }
    });
    stripper.observe(p, { childList: true, subtree: true });
    controller = new AbortController();
    const annotator = createAnnotator(reliabilityOptions(controller.signal));
    await annotator.ready;
    for (let i = 0; i < 30; i += 1) {
      await sleep(5);
      expect(p.textContent, `after ${strips} strips`).toBe(TEXT);
    }
    stripper.disconnect();
    expect(strips).toBeGreaterThan(0);
    controller.abort();
    expect(p.textContent).toBe(TEXT);
    expect(document.body.innerHTML).toBe(before);
  });
});
