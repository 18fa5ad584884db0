import Mark from 'mark.js';
import { isSkipped } from './text-index.ts';

/**
 * The only module that touches mark.js. It wraps ranges of one block's text in <mark> elements
 * and unwraps exactly the elements it created, so turning off restores the page's markup.
 *
 * Offsets: the text index numbers a block's characters over the text nodes it keeps; mark.js
 * numbers them over every text node of its context but those it always leaves out (text directly
 * in script, style, title, head, html). Callers give positions as (text node, offset) pairs and
 * this module translates them into mark.js's numbering with the same rule, so the two can never
 * drift apart.
 *
 * What mark.js must never wrap (everything the text index never reads: code, form fields, SVG,
 * hidden or editable regions...) is kept out by cutting each range around such text, rather than
 * by mark.js's `exclude` selectors: those would be `code *`-style descendant selectors, tested on
 * every text node, each a walk to the root (seconds on a page nested 2,000 levels deep).
 */

/** Parents whose text mark.js leaves out by itself, whatever it is told to exclude. */
const MARKJS_OWN_EXCLUDES = 'script,style,title,head,html';

interface TextInfo {
  /** Where the node's text starts in mark.js's numbering of the context. */
  base: number;
  /** Whether the text index reads it (no skipped element at or above its parent). */
  readable: boolean;
}

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

/** Text nodes of `context` in mark.js's order, with their start in its numbering and whether they are readable. */
function markjsNodes(context: Element): Map<Text, TextInfo> {
  const doc = context.ownerDocument;
  const nodes = new Map<Text, TextInfo>();
  const skipped = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let position = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && parent.matches(MARKJS_OWN_EXCLUDES)) continue;
    nodes.set(node, { base: position, readable: !parent || !skippedChain(parent, skipped) });
    position += node.data.length;
  }
  return nodes;
}

/** Whether an element or one of its ancestors is skipped, memoised over one call (O(elements) in all). */
function skippedChain(element: Element, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let result = false;
  for (let e: Element | null = element; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(e);
    if (isSkipped(e)) {
      result = true;
      break;
    }
  }
  // Everything on the path below a skipped element is skipped; with none found, none is.
  for (const e of path) memo.set(e, result);
  return result;
}

interface MarkjsRange {
  start: number;
  length: number;
  /** The request it belongs to. */
  index: number;
  /** Text nodes it covers, for the work estimate. */
  nodes: number;
}

/**
 * A request in mark.js's numbering: one range over its readable text, cut wherever text the
 * text index does not read lies inside it (a <code>, an <input>'s neighbour text stays whole).
 */
function toMarkjsRanges(request: MarkRequest, index: number, order: readonly Text[], info: ReadonlyMap<Text, TextInfo & { at: number }>): MarkjsRange[] {
  const first = info.get(request.start.node);
  const last = info.get(request.end.node);
  if (!first || !last) return [];
  const out: MarkjsRange[] = [];
  let from = -1;
  let to = -1;
  let nodes = 0;
  const flush = () => {
    if (from >= 0 && to > from) out.push({ start: from, length: to - from, index, nodes });
    from = -1;
    nodes = 0;
  };
  for (let i = first.at; i <= last.at; i += 1) {
    const node = order[i]!;
    const { base, readable } = info.get(node)!;
    if (!readable) {
      if (node.data.length > 0) flush();
      continue;
    }
    if (from < 0) from = base + (i === first.at ? request.start.offset : 0);
    to = base + (i === last.at ? request.end.offset : node.data.length);
    nodes += 1;
  }
  flush();
  return out;
}

/**
 * Wraps each request's range inside `context` (a block element). Requests must not overlap.
 * Returns the created elements per request, and the split families that `restore` needs;
 * requests whose ends are not inside the context's markable text are skipped.
 */
export function markRanges(context: Element, requests: readonly MarkRequest[], { maxWork = Infinity }: MarkOptions = {}): MarkResult {
  if (requests.length === 0) return { ranges: [], families: [] };
  const nodes = markjsNodes(context);
  const order = [...nodes.keys()];
  const info = new Map([...nodes].map(([node, data], at) => [node, { ...data, at }]));
  const ranges = requests.flatMap((request, index) => toMarkjsRanges(request, index, order, info));
  ranges.sort((a, b) => a.start - b.start);
  if (maxWork < Infinity) ranges.length = affordable(ranges, order, maxWork);

  // Remember every text node a range touches, with its length, before mark.js splits it (one
  // sweep: the ranges are sorted and do not overlap).
  const touched: { node: Text; length: number }[] = [];
  let next = 0;
  for (const [node, { base }] of nodes) {
    const end = base + node.data.length;
    while (next < ranges.length && ranges[next]!.start + ranges[next]!.length <= base) next += 1;
    if (next < ranges.length && ranges[next]!.start < end) touched.push({ node, length: node.data.length });
  }

  const results: MarkedRange[] = requests.map((request) => ({ request, elements: [] }));
  new Mark(context as HTMLElement).markRanges(ranges, {
    element: 'mark',
    exclude: [],
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

/**
 * How many of the sorted ranges fit in the work bound (see MarkOptions.maxWork), cut between
 * requests so that no sentence is left half highlighted.
 */
function affordable(ranges: readonly MarkjsRange[], order: readonly Text[], maxWork: number): number {
  let work = 0;
  let fits = 0;
  for (let i = 0; i < ranges.length; i += 1) {
    const range = ranges[i]!;
    work += range.nodes * order.length + range.length;
    if (work > maxWork) return fits;
    if (ranges[i + 1]?.index !== range.index) fits = i + 1;
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
