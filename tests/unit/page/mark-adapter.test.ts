// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markRanges, unmark } from '../../../src/page/mark-adapter.ts';

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

describe('mark adapter', () => {
  it('wraps a range that crosses inline elements and unwraps it back to the same markup', () => {
    document.body.innerHTML = '<p id="p">Take Magne<b>sium</b> daily.</p>';
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const [t1, t2] = textNodes(p) as [Text, Text];
    const [marked] = markRanges(p, [
      { start: { node: t1, offset: 5 }, end: { node: t2, offset: 4 }, attributes: { 'data-mglens': 'term' } },
    ]);
    expect(marked!.elements.map((e) => e.textContent)).toEqual(['Magne', 'sium']);
    expect(p.querySelectorAll('mark[data-mglens="term"]').length).toBe(2);
    expect(p.textContent).toBe('Take Magnesium daily.');
    unmark(marked!.elements);
    expect(p.innerHTML).toBe(before);
  });

  it('translates offsets past text that the adapter excludes, and never wraps inside it', () => {
    document.body.innerHTML = '<div id="d">One <code>magnesium()</code> two magnesium three</div>';
    const d = document.getElementById('d')!;
    const nodes = textNodes(d);
    const last = nodes[2]!; // " two magnesium three"
    const [marked] = markRanges(d, [
      { start: { node: last, offset: 5 }, end: { node: last, offset: 14 }, attributes: { 'data-mglens': 'term' } },
    ]);
    expect(marked!.elements.map((e) => e.textContent)).toEqual(['magnesium']);
    expect(d.querySelector('code')!.innerHTML).toBe('magnesium()');
  });

  it('skips requests whose nodes are not in the context', () => {
    document.body.innerHTML = '<p id="a">magnesium</p><p id="b">magnesium</p>';
    const other = textNodes(document.getElementById('b')!)[0]!;
    const result = markRanges(document.getElementById('a')!, [
      { start: { node: other, offset: 0 }, end: { node: other, offset: 9 }, attributes: {} },
    ]);
    expect(result).toEqual([]);
    expect(document.querySelectorAll('mark').length).toBe(0);
  });
});
