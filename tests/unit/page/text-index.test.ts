// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, blockOf, buildTextIndex, ownBlock, pageBlocksInOrder, rangeFor, readBlocks } from '../../../src/page/text-index.ts';

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

  it('never reads form fields, editable regions, code, scripts, styles, SVG, hidden or MgLens UI, but reads <pre>', () => {
    document.body.innerHTML = `<div id="root"><p>Visible magnesium.</p>
      <textarea>typed magnesium</textarea><input value="magnesium"><select><option>magnesium</option></select>
      <div contenteditable="true"><p>editable magnesium</p></div><pre>pre magnesium</pre><code>code magnesium</code>
      <script>var magnesium</script><style>.magnesium{}</style><svg><text>svg magnesium</text></svg>
      <p hidden>hidden magnesium</p><div data-mglens-ui><p>card magnesium</p></div>
      <div contenteditable="false"><p>not editable magnesium</p></div></div>`;
    const all = texts(document.getElementById('root')!).join('|');
    expect(all).toContain('Visible magnesium.');
    expect(all).toContain('not editable magnesium');
    expect(all).toContain('pre magnesium');
    for (const hidden of ['typed', 'editable magnesium|', 'code ', 'var ', '.magnesium', 'svg ', 'hidden ', 'card ']) {
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

  it('takes a malformed or overlong lang attribute as no declaration', () => {
    document.body.innerHTML = `<p lang="en-GB">a</p><p lang="<img src=x>">b</p><p lang="${'x'.repeat(60)}">c</p><p lang=" nb ">d</p>`;
    expect(pageBlocksInOrder(document.body).map((b) => b.lang)).toEqual(['en-GB', undefined, undefined, 'nb']);
  });

  it('orders blocks as the document does, for page-wide offsets', () => {
    document.body.innerHTML = '<h1>Title</h1><ul><li>one</li><li>two</li></ul><p>end</p>';
    expect(pageBlocksInOrder(document.body).map((b) => b.text)).toEqual(['Title', 'one', 'two', 'end']);
  });
});

describe('the text index, as the matcher and scan use it', () => {
  it('skips elements hidden by an inline style, as the mark adapter does', () => {
    document.body.innerHTML =
      '<div id="r"><p>shown magnesium</p><p style="display:none">gone one</p><p style="color: red; display: none">gone two</p>' +
      '<span style="visibility: hidden">gone three</span></div>';
    const all = texts(document.getElementById('r')!).join('|');
    expect(all).toBe('shown magnesium');
  });

  it("reads existing MgLens highlights as plain inline text", () => {
    document.body.innerHTML = '<p id="p">Take <mark data-mglens="term">magne</mark>sium <mark data-mglens="claim">daily</mark>.</p>';
    expect([...readBlocks(document.getElementById('p')!)][0]!.text).toBe('Take magnesium daily.');
  });

  it('maps a block range back to a DOM Range across inline elements', () => {
    document.body.innerHTML = '<p id="p">Low Magne<b>sium</b> <i>levels</i> matter.</p>';
    const block = [...readBlocks(document.getElementById('p')!)][0]!;
    const start = block.text.indexOf('Magnesium');
    const range = rangeFor(block, start, start + 'Magnesium levels'.length)!;
    expect(range.toString()).toBe('Magnesium levels');
    expect(range.startContainer.textContent).toBe('Low Magne');
    expect(range.endContainer.textContent).toBe('levels');
  });

  it('gives no range for a span that holds only a break', () => {
    document.body.innerHTML = '<div id="d">Before<p>Inside</p>After</div>';
    const outer = ownBlock(document.getElementById('d')!)!;
    expect(outer.text).toBe('Before\nAfter');
    expect(rangeFor(outer, 6, 7)).toBeNull();
  });

  it('exposes each block\'s segments, one per text node, with block offsets', () => {
    document.body.innerHTML = '<p id="p">a<b>bc</b>d</p>';
    const block = [...readBlocks(document.getElementById('p')!)][0]!;
    expect(block.segments.map((s) => [s.node.data, s.start])).toEqual([['a', 0], ['bc', 1], ['d', 3]]);
  });

  it('joins a page into one text with a blank line between blocks, and says where each starts', () => {
    document.body.innerHTML = '<h1>Magnesium</h1><p>Magnesium blocks <em>NMDA</em> receptors.</p><ul><li>one</li></ul>';
    const index = buildTextIndex(document.body);
    expect(index.text).toBe(['Magnesium', 'Magnesium blocks NMDA receptors.', 'one'].join(BLOCK_SEPARATOR));
    index.blocks.forEach((block, i) => {
      expect(index.text.slice(index.starts[i], index.starts[i]! + block.text.length)).toBe(block.text);
    });
  });

  it('marks <pre> blocks as preformatted', () => {
    document.body.innerHTML = '<pre id="x">line one\nline two</pre><p>prose</p>';
    const blocks = buildTextIndex(document.body).blocks;
    expect(blocks.map((b) => b.preformatted)).toEqual([true, false]);
  });

  it('reads a wide page of nested blocks, in document order', () => {
    const row = (i: number) => `<div><section><p>Magnesium <b>${i}</b> <i>migraine</i></p>tail ${i}</section></div>`;
    document.body.innerHTML = `<main>${Array.from({ length: 500 }, (_, i) => row(i)).join('')}</main>`;
    const index = buildTextIndex(document.body);
    expect(index.blocks).toHaveLength(1000);
    // A block is placed where its element starts: the section (holding "tail") before its paragraph.
    expect(index.blocks.slice(0, 4).map((b) => b.text)).toEqual(['tail 0', 'Magnesium 0 migraine', 'tail 1', 'Magnesium 1 migraine']);
  });
});
