import Mark from 'mark.js';
import { SKIPPED_ATTRIBUTES, SKIPPED_TAGS } from './text-index.ts';

/**
 * The only module that touches mark.js. It wraps ranges of one block's text in <mark> elements
 * and unwraps exactly the elements it created, so turning off restores the page's markup.
 *
 * Offsets: the text index numbers a block's characters over the text nodes it keeps; mark.js
 * numbers them over every text node of its context whose parent is not excluded. Callers give
 * positions as (text node, offset) pairs and this module translates them into mark.js's
 * numbering with the same filter mark.js applies, so the two can never drift apart.
 */

/**
 * Parents whose text mark.js must never wrap: exactly what the text index never reads (mark.js
 * tests each text node's parent, so every skipped element is listed with its descendants).
 */
export const EXCLUDED_PARENTS = [
  ...[...SKIPPED_TAGS].flatMap((tag) => [tag, `${tag} *`]),
  ...SKIPPED_ATTRIBUTES.flatMap((attribute) => [attribute, `${attribute} *`]),
];
/**
 * The same as one selector list. mark.js tests a node's parent against each selector it is given
 * in turn; one list is one test per text node instead of seventy (measured: two thirds of
 * mark.js's time on a long page went to those tests).
 */
const EXCLUDE_SELECTOR = EXCLUDED_PARENTS.join(',');
/** What mark.js never reads besides our exclusions (it adds these itself). */
const MARKJS_SELECTOR = `${EXCLUDE_SELECTOR},head,html`;

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

/**
 * A text node mark.js split, and the nodes split off it: the marks and the text between them,
 * which follow it as siblings. Together they hold the node's original text. The head is the node
 * the page (or its framework) holds a reference to, so restoring writes the text back into it.
 */
export interface SplitFamily {
  head: Text;
  /** The head's text right after marking; if the page changes it, the pieces are stale. */
  headData: string;
  members: Node[];
  /**
   * The text nodes holding the rest of the head's text, in order: each member that is a text
   * node, and the text inside each member mark. Kept apart from the members because a page may
   * unwrap a mark (its text node then sits where the mark was) or delete it.
   */
  texts: Text[];
}

export interface MarkOptions {
  /**
   * A bound on mark.js's work in one call. mark.js walks every text node of the context for each
   * piece of each range (a range covers one piece per text node it touches), and each wrap copies
   * the rest of the text node it splits; a call costs about pieces x text nodes + split lengths.
   * Ranges past the bound are left unmarked (the first ones in text order are kept), so a block
   * built to be hostile (100,000 tiny text nodes) costs the page a fraction of a second, not a hang.
   */
  maxWork?: number;
}

export interface MarkResult {
  ranges: MarkedRange[];
  families: SplitFamily[];
}

/** Text nodes of `context` in mark.js's order, with their start in its numbering. */
function markjsOffsets(context: Element): Map<Text, number> {
  const doc = context.ownerDocument;
  const offsets = new Map<Text, number>();
  const walker = doc.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let position = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && parent.matches(MARKJS_SELECTOR)) continue;
    offsets.set(node, position);
    position += node.data.length;
  }
  return offsets;
}

/**
 * Wraps each request's range inside `context` (a block element). Requests must not overlap.
 * Returns the created elements per request, and the split families that `restore` needs;
 * requests whose ends are not inside the context's markable text are skipped.
 */
export function markRanges(context: Element, requests: readonly MarkRequest[], { maxWork = Infinity }: MarkOptions = {}): MarkResult {
  if (requests.length === 0) return { ranges: [], families: [] };
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
  if (maxWork < Infinity) ranges.length = affordable(ranges, requests, offsets, maxWork);

  // Remember every text node a range touches, with its length, before mark.js splits it (one
  // sweep: the ranges are sorted and do not overlap).
  const touched: { node: Text; length: number }[] = [];
  let next = 0;
  for (const [node, base] of offsets) {
    const end = base + node.data.length;
    while (next < ranges.length && ranges[next]!.start + ranges[next]!.length <= base) next += 1;
    if (next < ranges.length && ranges[next]!.start < end) touched.push({ node, length: node.data.length });
  }

  const results: MarkedRange[] = requests.map((request) => ({ request, elements: [] }));
  new Mark(context as HTMLElement).markRanges(ranges, {
    element: 'mark',
    exclude: [EXCLUDE_SELECTOR],
    each(element: Element, range: unknown) {
      const { index } = range as { index: number };
      const result = results[index]!;
      element.removeAttribute('data-markjs');
      for (const [name, value] of Object.entries(result.request.attributes)) element.setAttribute(name, value);
      result.elements.push(element as HTMLElement);
    },
  });

  const families: SplitFamily[] = [];
  for (const { node: head, length } of touched) {
    let total = head.data.length;
    const members: Node[] = [];
    // mark.js leaves a remainder text node after every mark, empty when the mark reached the
    // node's end, so a family always ends with a text node.
    const complete = () => total >= length && (members.length === 0 || members[members.length - 1]!.nodeType === 3);
    for (let sibling = head.nextSibling; sibling && !complete(); sibling = sibling.nextSibling) {
      members.push(sibling);
      total += sibling.textContent?.length ?? 0;
    }
    if (members.length === 0) continue;
    const texts = members.flatMap((m) => (m.nodeType === 3 ? [m as Text] : [...m.childNodes].filter((c): c is Text => c.nodeType === 3)));
    families.push({ head, headData: head.data, members, texts });
  }
  return { ranges: results.filter((r) => r.elements.length > 0), families };
}

/** How many of the sorted ranges fit in the work bound (see MarkOptions.maxWork). */
function affordable(
  ranges: readonly { start: number; length: number; index: number }[],
  requests: readonly MarkRequest[],
  offsets: ReadonlyMap<Text, number>,
  maxWork: number,
): number {
  const order = new Map<Text, number>();
  for (const node of offsets.keys()) order.set(node, order.size);
  let work = 0;
  for (let i = 0; i < ranges.length; i += 1) {
    const { start, end } = requests[ranges[i]!.index]!;
    const pieces = order.get(end.node)! - order.get(start.node)! + 1;
    work += pieces * offsets.size + start.node.data.length;
    if (work > maxWork) return i;
  }
  return ranges.length;
}

/**
 * Undoes markRanges: each split node gets its whole text back and the pieces split off it are
 * removed, so the page keeps the very text nodes it had (no normalize(), which would also merge
 * the page's own adjacent text nodes that a framework may hold). The result is the page as it
 * would be without MgLens, whatever the page did meanwhile:
 * - it rewrote a head (a framework updating its text node): the pieces hold stale text, so they
 *   go and the page's new text stays;
 * - it removed a head, or the block around it: the head still gets its whole text back, as the
 *   page may put it back in the document later;
 * - it unwrapped, deleted or moved a mark, or put its own node next to its text node: the head
 *   takes back the text of the pieces wherever they are now, and every piece goes.
 */
export function restore(families: Iterable<SplitFamily>): void {
  for (const { head, headData, members, texts } of families) {
    if (head.data === headData) head.data = headData + texts.map((t) => t.data).join('');
    for (const node of [...texts, ...members]) node.parentNode?.removeChild(node);
  }
}
