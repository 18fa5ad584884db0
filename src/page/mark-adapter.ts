import Mark from 'mark.js';

/**
 * The only module that touches mark.js. It wraps ranges of one block's text in <mark> elements
 * and unwraps exactly the elements it created, so turning off restores the page's markup.
 *
 * Offsets: the text index numbers a block's characters over the text nodes it keeps; mark.js
 * numbers them over every text node of its context whose parent is not excluded. Callers give
 * positions as (text node, offset) pairs and this module translates them into mark.js's
 * numbering with the same filter mark.js applies, so the two can never drift apart.
 */

/** Parents whose text mark.js must never wrap: user input, code, scripts, and our own UI. */
export const EXCLUDED_PARENTS = [
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'input', 'button',
  'pre', 'pre *', 'code', 'code *', 'kbd', 'samp',
  '[contenteditable]', '[contenteditable] *',
  'svg', 'svg *', 'math', 'math *', 'title',
  '[data-mglens-ui]', '[data-mglens-ui] *',
];
const EXCLUDE_SELECTOR = EXCLUDED_PARENTS.join(',');

export interface TextPoint {
  node: Text;
  offset: number;
}

export interface MarkRequest {
  start: TextPoint;
  end: TextPoint;
  /** Attributes set on every <mark> created for this request (a range may need several). */
  attributes: Record<string, string>;
}

export interface MarkedRange {
  request: MarkRequest;
  elements: HTMLElement[];
}

/** Text nodes of `context` in mark.js's order, with their start in its numbering. */
function markjsOffsets(context: Element): Map<Text, number> {
  const doc = context.ownerDocument;
  const offsets = new Map<Text, number>();
  const walker = doc.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let position = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && parent.matches(EXCLUDE_SELECTOR + ',head,html')) continue;
    offsets.set(node, position);
    position += node.data.length;
  }
  return offsets;
}

/**
 * Wraps each request's range inside `context` (a block element). Requests must not overlap.
 * Returns the created elements per request; requests whose ends are not inside the context's
 * markable text are skipped.
 */
export function markRanges(context: Element, requests: readonly MarkRequest[]): MarkedRange[] {
  if (requests.length === 0) return [];
  const offsets = markjsOffsets(context);
  const ranges: { start: number; length: number; index: number }[] = [];
  requests.forEach((request, index) => {
    const startBase = offsets.get(request.start.node);
    const endBase = offsets.get(request.end.node);
    if (startBase === undefined || endBase === undefined) return;
    const start = startBase + request.start.offset;
    const end = endBase + request.end.offset;
    if (end > start) ranges.push({ start, length: end - start, index });
  });
  ranges.sort((a, b) => a.start - b.start);
  const results: MarkedRange[] = requests.map((request) => ({ request, elements: [] }));
  new Mark(context as HTMLElement).markRanges(ranges, {
    element: 'mark',
    exclude: EXCLUDED_PARENTS,
    each(element: Element, range: unknown) {
      const { index } = range as { index: number };
      const result = results[index]!;
      element.removeAttribute('data-markjs');
      for (const [name, value] of Object.entries(result.request.attributes)) element.setAttribute(name, value);
      result.elements.push(element as HTMLElement);
    },
  });
  return results.filter((r) => r.elements.length > 0);
}

/**
 * Unwraps marks this module created, restoring the text nodes mark.js split (adjacent text is
 * merged again by normalize(), which is what the page's parser produced in the first place).
 */
export function unmark(elements: Iterable<HTMLElement>): void {
  const parents = new Set<Node>();
  for (const element of elements) {
    const parent = element.parentNode;
    if (!parent) continue;
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    parent.removeChild(element);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
