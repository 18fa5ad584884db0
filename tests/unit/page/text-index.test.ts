// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, ownBlock, pageBlocksInOrder, readBlocks } from '../../../src/page/text-index.ts';

const texts = (root: Element) => [...readBlocks(root)].map((b) => b.text);

describe('the text index', () => {
  it('reads a word split across inline elements as one string, and maps it back to its nodes', () => {
    document.body.innerHTML = '<p id="p">Take Magne<b>sium</b> daily.</p>';
    const [block] = [...readBlocks(document.getElementById('p')!)];
    expect(block!.text).toBe('Take Magnesium daily.');
    const start = block!.point(5, 'start')!;
    const end = block!.point(14, 'end')!;
    expect([start.node.data, start.offset]).toEqual(['Take Magne', 5]);
    expect([end.node.data, end.offset]).toEqual(['sium', 4]);
  });

  it('never reads form fields, editable regions, code, scripts, styles, SVG, hidden or MgLens UI', () => {
    document.body.innerHTML = `<div id="root"><p>Visible magnesium.</p>
      <textarea>typed magnesium</textarea><input value="magnesium"><select><option>magnesium</option></select>
      <div contenteditable="true"><p>editable magnesium</p></div><pre>pre magnesium</pre><code>code magnesium</code>
      <script>var magnesium</script><style>.magnesium{}</style><svg><text>svg magnesium</text></svg>
      <p hidden>hidden magnesium</p><div data-mglens-ui><p>card magnesium</p></div>
      <div contenteditable="false"><p>not editable magnesium</p></div></div>`;
    const all = texts(document.getElementById('root')!).join('|');
    expect(all).toContain('Visible magnesium.');
    expect(all).toContain('not editable magnesium');
    for (const hidden of ['typed', 'editable magnesium|', 'pre ', 'code ', 'var ', '.magnesium', 'svg ', 'hidden ', 'card ']) {
      expect(all.startsWith(hidden) || all.includes(hidden)).toBe(false);
    }
  });

  it('keeps nested blocks apart and breaks the outer text where they interrupt it', () => {
    document.body.innerHTML = '<div id="d">Before<p>Inside</p>After<br>line two</div>';
    expect(texts(document.getElementById('d')!)).toEqual(['Inside', 'Before\nAfter\nline two']);
  });

  it('maps offsets in a break to the neighbouring text', () => {
    document.body.innerHTML = '<div id="d">Before<p>Inside</p>After</div>';
    const outer = ownBlock(document.getElementById('d')!)!;
    expect(outer.text).toBe('Before\nAfter');
    expect(outer.point(6, 'start')!.node.data).toBe('After'); // the break itself: start moves forward
    expect(outer.point(7, 'end')!.node.data).toBe('Before'); // end moves back
  });

  it('reads only the own text of a block when asked, without walking nested blocks', () => {
    document.body.innerHTML = '<div id="d">Lead text<section><p>deep</p></section>tail</div>';
    expect(ownBlock(document.getElementById('d')!)!.text).toBe('Lead text\ntail');
  });

  it('leaves the loose text of an inline root to its enclosing block', () => {
    document.body.innerHTML = '<p id="p">Start <span id="s">inline <b>text</b></span> end</p>';
    expect(texts(document.getElementById('s')!)).toEqual([]);
    expect(blockOf(document.getElementById('s')!)).toBe(document.getElementById('p'));
  });

  it('says no block owns text inside skipped content', () => {
    document.body.innerHTML = '<div contenteditable><p id="p">x</p></div>';
    expect(blockOf(document.getElementById('p')!.firstChild!)).toBeNull();
  });

  it('reports the language the page declares for a block', () => {
    document.body.innerHTML = '<article lang="nb"><p id="p">Magnesium hjelper.</p></article>';
    expect([...readBlocks(document.getElementById('p')!)][0]!.lang).toBe('nb');
  });

  it('orders blocks as the document does, for page-wide offsets', () => {
    document.body.innerHTML = '<h1>Title</h1><ul><li>one</li><li>two</li></ul><p>end</p>';
    expect(pageBlocksInOrder(document.body).map((b) => b.text)).toEqual(['Title', 'one', 'two', 'end']);
  });
});
