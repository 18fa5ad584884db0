// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator, type TextMatcher } from '../../../src/page/annotator.ts';
import { textIndexReader } from '../../../src/page/text-index.ts';
import { fakeMatcher } from './fakes.ts';

function start(controller: AbortController, matcher: TextMatcher = fakeMatcher()) {
  let changes = 0;
  const annotator = createAnnotator({
    reader: textIndexReader,
    matcher,
    describeClaim: (item) => `Claim: ${item.statement?.en} Evidence: ${item.grade}.`,
    settings: () => ({ highlightTerms: true, minGrade: 'very-low', style: 'colour-blind-safe' }),
    onChange: () => (changes += 1),
    signal: controller.signal,
  });
  return { annotator, changes: () => changes };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('annotating a page', () => {
  let controller: AbortController;
  afterEach(() => controller.abort());

  it('highlights claims and terms, and turning off restores the exact markup', async () => {
    document.body.innerHTML = '<p>Magnesium <b>blocks</b> NMDA receptors.</p><p>I like magnesium.</p><input value="magnesium">';
    const before = document.body.innerHTML;
    controller = new AbortController();
    const { annotator } = start(controller);
    await annotator.ready;
    expect(document.querySelectorAll('mark[data-mglens="claim"]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('mark[data-mglens="term"]').length).toBe(1);
    const first = document.querySelector('mark[data-mglens="claim"]')!;
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('aria-description')).toContain('Evidence: low');
    expect(document.body.textContent).toBe('Magnesium blocks NMDA receptors.I like magnesium.');
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });

  it('annotates a paragraph the page adds later, and only that one', async () => {
    document.body.innerHTML = '<main><p>Magnesium here.</p></main>';
    controller = new AbortController();
    const { annotator } = start(controller);
    await annotator.ready;
    const p = document.createElement('p');
    p.textContent = 'More magnesium arrives.';
    document.querySelector('main')!.append(p);
    await settle();
    expect(p.querySelector('mark[data-mglens="term"]')?.textContent).toBe('magnesium');
    expect(annotator.items()).toHaveLength(2);
  });

  it('does not react to its own marks (no rescans after the first pass)', async () => {
    document.body.innerHTML = '<p>Magnesium blocks things.</p>';
    controller = new AbortController();
    const { annotator, changes } = start(controller);
    await annotator.ready;
    const after = changes();
    await settle();
    await settle();
    expect(changes()).toBe(after);
  });

  it('re-reads a paragraph whose text the page rewrote in place', async () => {
    document.body.innerHTML = '<p id="p">Nothing to see.</p>';
    controller = new AbortController();
    const { annotator } = start(controller);
    await annotator.ready;
    (document.getElementById('p')!.firstChild as Text).data = 'Now magnesium is here.';
    await settle();
    expect(document.querySelector('#p mark')?.textContent).toBe('magnesium');
  });

  it('gives up on a block the page keeps stripping, instead of looping', async () => {
    document.body.innerHTML = '<p id="p">Magnesium again and again.</p>';
    controller = new AbortController();
    const { annotator } = start(controller);
    await annotator.ready;
    const p = document.getElementById('p')!;
    let strips = 0;
    const hostile = new MutationObserver(() => {
      const mark = p.querySelector('mark');
      if (mark && strips < 100) {
        strips += 1;
        p.textContent = p.textContent; // wipe the highlight, keep the words
      }
    });
    hostile.observe(p, { childList: true, subtree: true });
    for (let i = 0; i < 15; i += 1) await settle();
    hostile.disconnect();
    expect(strips).toBeLessThan(20);
    expect(p.textContent).toBe('Magnesium again and again.');
  });

  it('highlights a block the page rewrote while its matches were on their way by its newest text', async () => {
    document.body.innerHTML = '<p id="p">Nothing yet.</p>';
    controller = new AbortController();
    const inner = fakeMatcher();
    let holdNext = false;
    const held: (() => void)[] = [];
    const slow: TextMatcher = {
      match(blocks) {
        if (!holdNext) return inner.match(blocks);
        holdNext = false;
        return new Promise((resolve) => held.push(() => resolve(inner.match(blocks))));
      },
    };
    const { annotator } = start(controller, slow);
    await annotator.ready;
    const text = document.getElementById('p')!.firstChild as Text;
    holdNext = true;
    text.data = 'Magnesium blocks old receptors.';
    await settle();
    expect(held).toHaveLength(1);
    // The page changes the paragraph again; this answer comes back at once...
    text.data = 'Now magnesium blocks new receptors, and the sentence is longer.';
    await settle();
    // ...and the first one, for text that is gone, arrives last.
    held[0]!();
    await settle();
    const p = document.getElementById('p')!;
    const marks = [...p.querySelectorAll('mark[data-mglens="claim"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('Now magnesium blocks new receptors, and the sentence is longer.');
    expect(p.textContent).toBe('Now magnesium blocks new receptors, and the sentence is longer.');
  });

  it('leaves the page as it is when the matcher cannot be reached', async () => {
    document.body.innerHTML = '<p>Magnesium blocks NMDA receptors.</p>';
    const before = document.body.innerHTML;
    controller = new AbortController();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { annotator } = start(controller, { match: () => Promise.reject(new Error('Extension context invalidated.')) });
    await annotator.ready;
    expect(document.body.innerHTML).toBe(before);
    expect(annotator.items()).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('sends a long page to the matcher in a few batches, not a message per paragraph', async () => {
    document.body.innerHTML = Array.from({ length: 450 }, (_, i) => `<p>Paragraph ${i} about magnesium.</p>`).join('');
    controller = new AbortController();
    const matcher = fakeMatcher();
    const { annotator } = start(controller, matcher);
    await annotator.ready;
    expect(document.querySelectorAll('mark[data-mglens="term"]')).toHaveLength(450);
    expect(matcher.requests).toBeLessThanOrEqual(7);
  });

  it('annotates a section the page reveals after load ("read more"), and leaves highlights alone when styles animate', async () => {
    document.body.innerHTML = '<p id="top" style="opacity: 1">Magnesium on top.</p><section id="more" hidden><p>Hidden magnesium blocks receptors.</p></section>';
    controller = new AbortController();
    const { annotator } = start(controller);
    await annotator.ready;
    expect(annotator.items()).toHaveLength(1);
    const top = document.querySelector('#top mark');
    for (let i = 0; i < 20; i += 1) document.getElementById('top')!.style.opacity = String(1 - i / 100);
    document.getElementById('more')!.removeAttribute('hidden');
    await settle();
    expect(document.querySelectorAll('#more mark[data-mglens="claim"]').length).toBeGreaterThan(0);
    // The animated paragraph kept its highlight (the same element: not taken down and redone).
    expect(document.querySelector('#top mark')).toBe(top);
  });
});
