import type { BlockReader, PageBlock, TextMatcher } from '../../../src/page/annotator.ts';

/** A stand-in reader for page-side tests: every <p> is a block; the real one is src/page/text-index.ts. */
export const fakeReader: BlockReader = {
  *blocks(root) {
    const ps = root.matches('p') ? [root] : [...root.querySelectorAll('p')];
    for (const element of ps) yield paragraphBlock(element);
  },
  blockOf: (node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('p') ?? null,
};

function paragraphBlock(element: Element): PageBlock {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    nodes.push({ node: n, start: text.length });
    text += n.data;
  }
  return {
    element,
    text,
    point(offset, side) {
      const hit = nodes.find(({ node, start }) =>
        side === 'start' ? offset >= start && offset < start + node.data.length : offset > start && offset <= start + node.data.length,
      );
      return hit ? { node: hit.node, offset: offset - hit.start } : null;
    },
  };
}

/** Terms: "magnesium"; a claim (id given): any paragraph with "blocks"; "not" makes it a denial. */
export function fakeMatcher(claimId = 'c1'): TextMatcher {
  return {
    match(text) {
      const terms = [...text.matchAll(/magnesium/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length, concept: 'magnesium' as const }));
      const polarity = /\bnot\b/.test(text) ? ('denies' as const) : ('affirms' as const);
      const claims = /blocks/.test(text) ? [{ start: 0, end: text.length, claimId, polarity }] : [];
      return { terms, claims };
    },
  };
}
