// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/page/annotator.ts';
import { markRanges, restore } from '../../../src/page/mark-adapter.ts';
import { READER_MAX_CHARS, readBlocks, textIndexReader } from '../../../src/page/text-index.ts';
import { reliabilityOptions } from './matcher.ts';
import { installSpecNodeIterator } from './spec-node-iterator.ts';

installSpecNodeIterator();

/**
 * The limits that keep hostile pages from freezing the tab (measured in Chromium by
 * tests/e2e/reliability-hostile.e2e.ts), checked for what they do: a block past the reader's
 * limit is left alone and costs no more than the limit to read, mark.js's work per block is
 * bounded, and a page that keeps replacing a highlighted paragraph is given up on.
 */

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function paragraphOfTinyNodes(count: number): HTMLElement {
  const p = document.createElement('p');
  const words = 'magnesium helps migraine, a study says. ';
  for (let i = 0; i < count; i += 1) p.appendChild(document.createTextNode(words.slice(i % 30, (i % 30) + 3)));
  return p;
}

describe('the reader\'s limit on one block', () => {
  it('stops a block\'s text at the limit, says it is truncated, and still reads the blocks after it', () => {
    document.body.innerHTML = '';
    document.body.append(paragraphOfTinyNodes(20_000), Object.assign(document.createElement('p'), { textContent: 'Magnesium after.' }));
    const blocks = [...textIndexReader.blocks(document.body)];
    const [big, after] = blocks;
    expect(big!.truncated).toBe(true);
    expect(big!.text.length).toBeLessThanOrEqual(READER_MAX_CHARS);
    expect(after!.text).toBe('Magnesium after.');
    expect(after!.truncated).toBeUndefined();
    // The scan command reads without a limit.
    expect([...readBlocks(document.body)][0]!.truncated).toBeUndefined();
  });
});

describe('mark.js\'s work bound', () => {
  it('marks the first highlights of a block with very many text nodes, leaves the rest, and restores exactly', () => {
    const p = paragraphOfTinyNodes(20_000);
    document.body.replaceChildren(p);
    const before = p.innerHTML;
    const nodes = [...p.childNodes] as Text[];
    const requests = Array.from({ length: 500 }, (_, i) => ({
      start: { node: nodes[i * 30]!, offset: 0 },
      end: { node: nodes[i * 30 + 2]!, offset: nodes[i * 30 + 2]!.data.length },
      attributes: { 'data-mglens': 'term' },
    }));
    const { ranges, families } = markRanges(p, requests, { maxWork: 3_000_000 });
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.length).toBeLessThan(requests.length);
    // Whole highlights only: every kept request has all three of its pieces.
    for (const range of ranges) expect(range.elements).toHaveLength(3);
    restore(families);
    expect(p.innerHTML).toBe(before);
    expect([...p.childNodes]).toEqual(nodes);
  });
});

describe('a page that answers each highlight with a fresh copy of the paragraph', () => {
  let controller = new AbortController();
  afterEach(() => controller.abort());

  it('is given up on after a few rounds instead of for ever', async () => {
    document.body.innerHTML = '<article><p id="p">Magnesium may ease migraine, a study says.</p><p id="calm">Magnesium may ease migraine too.</p></article>';
    let replacements = 0;
    const page = new MutationObserver(() => {
      const p = document.getElementById('p');
      if (!p?.querySelector('mark')) return;
      replacements += 1;
      const fresh = document.createElement('p');
      fresh.id = 'p';
      fresh.textContent = p.textContent;
      p.replaceWith(fresh);
    });
    page.observe(document.body, { childList: true, subtree: true });
    controller = new AbortController();
    const annotator = createAnnotator(reliabilityOptions(controller.signal));
    await annotator.ready;
    for (let i = 0; i < 40; i += 1) await sleep(5);
    const settled = replacements;
    for (let i = 0; i < 20; i += 1) await sleep(5);
    page.disconnect();
    expect(replacements).toBe(settled);
    expect(replacements).toBeLessThan(20);
    expect(document.getElementById('p')!.textContent).toBe('Magnesium may ease migraine, a study says.');
    expect(document.querySelector('#calm mark[data-mglens="claim"]')).not.toBeNull();
  });
});
