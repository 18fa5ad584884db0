// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markRanges, restore } from '../../../src/page/mark-adapter.ts';

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
    const original = textNodes(p);
    const [t1, t2] = original as [Text, Text];
    const { ranges: [marked], families } = markRanges(p, [
      { start: { node: t1, offset: 5 }, end: { node: t2, offset: 4 }, attributes: { 'data-mglens': 'term' } },
    ]);
    expect(marked!.elements.map((e) => e.textContent)).toEqual(['Magne', 'sium']);
    expect(p.querySelectorAll('mark[data-mglens="term"]').length).toBe(2);
    expect(p.textContent).toBe('Take Magnesium daily.');
    restore(families);
    expect(p.innerHTML).toBe(before);
    // The very same text nodes are back, holding their whole text.
    expect(textNodes(p)).toEqual(original);
    expect(original.map((t) => t.data)).toEqual(['Take Magne', 'sium', ' daily.']);
  });

  it('translates offsets past text that the adapter excludes, and never wraps inside it', () => {
    document.body.innerHTML = '<div id="d">One <code>magnesium()</code> two magnesium three</div>';
    const d = document.getElementById('d')!;
    const nodes = textNodes(d);
    const last = nodes[2]!; // " two magnesium three"
    const { ranges: [marked] } = markRanges(d, [
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
    expect(result.ranges).toEqual([]);
    expect(document.querySelectorAll('mark').length).toBe(0);
  });
});

describe('restoring a page whose framework holds its text nodes', () => {
  it('leaves the page\'s own adjacent text nodes separate (no normalize)', () => {
    const p = document.createElement('p');
    const a = document.createTextNode('Hello ');
    const b = document.createTextNode('magnesium fan');
    p.append(a, b);
    document.body.replaceChildren(p);
    const { families } = markRanges(p, [
      { start: { node: b, offset: 0 }, end: { node: b, offset: 9 }, attributes: {} },
    ]);
    restore(families);
    expect(textNodes(p)).toEqual([a, b]);
    expect(b.data).toBe('magnesium fan');
  });

  it('keeps the framework\'s update when it rewrote its text node while marked', () => {
    const p = document.createElement('p');
    const t = document.createTextNode('Take magnesium daily');
    p.append(t);
    document.body.replaceChildren(p);
    const { families } = markRanges(p, [
      { start: { node: t, offset: 5 }, end: { node: t, offset: 14 }, attributes: {} },
    ]);
    t.data = 'Completely new text'; // what React does on a re-render
    restore(families);
    expect(p.textContent).toBe('Completely new text');
    expect(p.querySelector('mark')).toBeNull();
  });
});
