// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/page/annotator.ts';
import { reliabilityOptions } from './matcher.ts';
import { differences, snapshot } from './snapshot.ts';
import { installSpecNodeIterator } from './spec-node-iterator.ts';

installSpecNodeIterator();

/**
 * A block's own text runs around the blocks nested in it ("Before\nAfter"). A sentence of the
 * outer block that spans a nested block is highlighted in its own text only: the nested block's
 * text (with its own highlights) is never wrapped into the outer sentence's marks.
 */
describe('a sentence around a nested block', () => {
  let controller = new AbortController();
  afterEach(() => controller.abort());

  it('highlights only the outer text, never the nested block, and turns off cleanly', async () => {
    document.body.innerHTML =
      '<div id="outer">Magnesium is said <p id="inner">Magnesium oxide is poorly absorbed, some say.</p> to ease migraine.</div>';
    const before = snapshot(document);
    controller = new AbortController();
    const annotator = createAnnotator(reliabilityOptions(controller.signal));
    await annotator.ready;
    const outerClaim = annotator.items().find((i) => i.kind === 'claim' && i.block.id === 'outer');
    expect(outerClaim, 'the outer sentence is a claim').toBeDefined();
    expect(outerClaim!.pieces.map((p) => p.textContent).join('|')).toBe('Magnesium is said | to ease migraine.');
    const inner = document.getElementById('inner')!;
    expect(inner.closest('mark')).toBeNull();
    expect(document.querySelectorAll('mark[data-mglens] mark[data-mglens]')).toHaveLength(0);
    expect(inner.querySelector('mark[data-mglens="term"]')?.textContent).toBe('Magnesium');
    controller.abort();
    expect(differences(before, snapshot(document))).toEqual([]);
  });

  it('gives every character back when turned off, even with highlights nested in the outer sentence', async () => {
    document.body.innerHTML =
      '<div>Magnesium, <section>the <b>magnesium</b> story,<p>Magnesium oxide.</p></section> they say, helps <i>mig</i>raine.</div>';
    const before = snapshot(document);
    controller = new AbortController();
    const annotator = createAnnotator(reliabilityOptions(controller.signal));
    await annotator.ready;
    expect(annotator.items().filter((i) => i.kind === 'claim')).toHaveLength(1);
    controller.abort();
    expect(differences(before, snapshot(document))).toEqual([]);
  });
});
