import type { BlockReader, PageBlock } from './annotator.ts';
import type { TextPoint } from './mark-adapter.ts';

/**
 * The text index: a page's readable text, block by block, with a map from each character back
 * to the text node it came from. A term or sentence split across inline elements
 * (`Magne<b>sium</b>`) reads as one string. One TreeWalker pass, O(nodes), produced lazily so a
 * long page can be read in time slices.
 *
 * Never read (and so never touched): scripts, styles, templates, form fields and buttons, code
 * (code, kbd, samp, var: machine text, also inside <pre>), SVG and MathML (their text is drawing
 * labels, and a <mark> inside SVG breaks rendering), embedded content, editable regions, elements
 * hidden with the `hidden` attribute or an inline `display: none` / `visibility: hidden` (cheap to
 * know; computed styles are not consulted), and MgLens's own UI (`[data-mglens-ui]`). Preformatted
 * text (<pre>) is read as a block of its own: old articles are often plain text in <pre>.
 * MgLens's own <mark data-mglens> wrappers are ordinary inline elements here, so an annotated
 * page reads exactly as before.
 *
 * Cost: one TreeWalker pass; each node is handled in O(1) amortised (a node's block is found
 * through a memo of each element's nearest block ancestor), so reading a page is O(nodes + text).
 *
 * Shared by the content script (through `textIndexReader`, the annotator's BlockReader) and the
 * Node `scan` command, which hands in a parsed document and uses `pageBlocksInOrder`.
 */

export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'button', 'datalist', 'output', 'code', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe',
  'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'head', 'title', 'meta', 'link',
]);

/** Elements that start a new block: their text is read, and matched, on its own. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'legend', 'menu', 'center',
]);

/** Where a line break or a nested block interrupts a block's own text. */
const BREAK = '\n';

/** Inline styles that hide an element, as substrings (exactly what the selectors below test). */
const HIDING_STYLES = ['display:none', 'display: none', 'visibility:hidden', 'visibility: hidden'];

/**
 * Attribute selectors for skipped elements (editable regions, hidden ones, MgLens's own UI). The
 * mark adapter excludes the same selectors from mark.js, so both number characters alike.
 */
export const SKIPPED_ATTRIBUTES = [
  '[contenteditable]:not([contenteditable="false"])',
  '[hidden]',
  '[data-mglens-ui]',
  ...HIDING_STYLES.map((style) => `[style*="${style}"]`),
];

/**
 * A `lang` attribute as a language tag (BCP 47 shape, at most 35 characters), or undefined: a
 * page's malformed or hostile value counts as no declaration, and the matcher guesses instead.
 */
export function declaredLanguage(value: string | null | undefined): string | undefined {
  const tag = value?.trim();
  return tag && tag.length <= 35 && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('data-mglens-ui') || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return hidesByStyle(element.getAttribute('style'));
}

/** Whether an inline style hides its element, as the text index reads it. */
export function hidesByStyle(style: string | null): boolean {
  return style !== null && HIDING_STYLES.some((hiding) => style.includes(hiding));
}

const isBlockElement = (element: Element) => BLOCK_TAGS.has(element.localName);
const BLOCK_QUERY = [...BLOCK_TAGS].join(',');

/** A text node's place in its block's text: it holds block offsets [start, start + data.length). */
export interface Segment {
  readonly node: Text;
  readonly start: number;
}

/** A block as the text index reads it: text, the DOM position of any offset, and its segments. */
export interface IndexedBlock extends PageBlock {
  readonly segments: readonly Segment[];
  /** Preformatted (<pre>): line breaks in the text are the author's. */
  readonly preformatted: boolean;
  /** Position of the block's element in document order, among the blocks of one read. */
  readonly order: number;
}

class BlockBuilder {
  text = '';
  segments: Segment[] = [];
  truncated = false;
  readonly element: Element;
  readonly order: number;
  constructor(
    element: Element,
    order: number,
    private readonly maxChars: number,
  ) {
    this.element = element;
    this.order = order;
  }

  addText(node: Text) {
    if (this.truncated) return;
    if (this.text.length + node.data.length > this.maxChars || this.segments.length >= this.maxChars / 10) {
      this.truncated = true;
      return;
    }
    this.segments.push({ node, start: this.text.length });
    this.text += node.data;
  }

  addBreak() {
    if (this.text.length > 0 && !this.text.endsWith(BREAK)) this.text += BREAK;
  }

  build(): IndexedBlock | null {
    if (!/[\p{L}\p{N}]/u.test(this.text)) return null;
    const { text, segments, element, order } = this;
    const lang = declaredLanguage(element.closest('[lang]')?.getAttribute('lang'));
    return {
      element,
      text,
      segments,
      order,
      preformatted: element.localName === 'pre',
      ...(lang ? { lang } : {}),
      ...(this.truncated ? { truncated: true as const } : {}),
      point: (offset, side) => pointAt(segments, offset, side),
    };
  }
}

/**
 * The DOM position of a character offset. A `start` in a gap between segments (a break) moves to
 * the next segment's start; an `end` moves back to the previous segment's end. Binary search.
 */
export function pointAt(segments: readonly Segment[], offset: number, side: 'start' | 'end'): TextPoint | null {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  // The last segment starting at or before the offset (for `end`, strictly before).
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = segments[mid]!.start;
    if (side === 'start' ? start <= offset : start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (side === 'start') {
    const here = segments[found];
    if (here && offset < here.start + here.node.data.length) return { node: here.node, offset: offset - here.start };
    const next = segments[found + 1];
    return next ? { node: next.node, offset: 0 } : null;
  }
  const here = segments[found];
  if (!here) return null;
  return { node: here.node, offset: Math.min(offset - here.start, here.node.data.length) };
}

export interface ReadOptions {
  /** Also read the blocks nested inside (default). Without, only the root block's own text. */
  nested?: boolean;
  /**
   * A block's text stops growing past this many characters (or a tenth as many text nodes) and
   * the block says it is `truncated`: the content script does not annotate such a block, and
   * reading one costs no more than that (a TreeWalker visit is a few microseconds a node).
   */
  maxChars?: number;
}

/** What the content script reads of one block at most; see the annotator's MAX_BLOCK_CHARS. */
export const READER_MAX_CHARS = 100_000;

/**
 * Blocks under `root`, inner blocks first. The root is a block of its own when it is a block
 * element (or the body); otherwise its loose text belongs to an enclosing block and is left to
 * whoever reads that one, so no text is ever read into two blocks.
 */
export function* readBlocks(root: Element, { nested = true, maxChars = Infinity }: ReadOptions = {}): Generator<IndexedBlock> {
  if (isSkipped(root) || hasSkippedAncestor(root)) return;
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const element = node as Element;
      if (isSkipped(element)) return 2; // FILTER_REJECT: the whole subtree
      return isBlockElement(element) || element.localName === 'br' ? 1 : 3; // else FILTER_SKIP: read its children
    },
  });
  let order = 0;
  const stack: (BlockBuilder | null)[] = [isBlockElement(root) || root === root.ownerDocument.body ? new BlockBuilder(root, order++, maxChars) : null];
  const owners = new BlockOwners(root);
  let node: Node | null = walker.nextNode();
  while (node) {
    // Leave the blocks this node is not inside: they are complete. The blocks on the stack are
    // nested ancestors, so the node's own block is on it (or outside the root: pop to the bottom).
    const owner = owners.of(node.parentElement);
    while (stack.length > 1 && stack[stack.length - 1]!.element !== owner) {
      const done = stack.pop()!.build();
      stack[stack.length - 1]?.addBreak();
      if (done) yield done;
    }
    const top = stack[stack.length - 1] ?? null;
    if (node.nodeType === 3) {
      top?.addText(node as Text);
      // Past its limit, a block with no blocks inside has nothing more to read: skip to its end.
      if (top?.truncated && !top.element.querySelector(BLOCK_QUERY)) {
        node = nextOutside(walker, top.element);
        continue;
      }
    }
    else if ((node as Element).localName === 'br') top?.addBreak();
    else {
      top?.addBreak();
      if (!nested) {
        node = nextOutside(walker, node);
        continue;
      }
      stack.push(new BlockBuilder(node as Element, order++, maxChars));
    }
    node = walker.nextNode();
  }
  while (stack.length > 0) {
    const done = stack.pop()?.build();
    if (done) yield done;
  }
}

/**
 * The nearest block element at or above an element, memoised, so that finding the block of
 * every node of a page costs O(elements) in total rather than O(nodes x depth).
 */
class BlockOwners {
  private readonly memo = new Map<Element, Element | null>();
  constructor(private readonly root: Element) {}

  of(element: Element | null): Element | null {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let e = element; e; e = e.parentElement) {
      const known = this.memo.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(e);
      if (isBlockElement(e) || e === this.root || e === e.ownerDocument.body) {
        found = e;
        break;
      }
    }
    for (const e of path) this.memo.set(e, found);
    return found;
  }
}

/** The node after `node`'s subtree, without visiting it. */
function nextOutside(walker: TreeWalker, node: Node): Node | null {
  walker.currentNode = node;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Only the block's own text, without the blocks nested in it. */
export function ownBlock(element: Element, maxChars = Infinity): PageBlock | null {
  for (const block of readBlocks(element, { nested: false, maxChars })) if (block.element === element) return block;
  return null;
}

function hasSkippedAncestor(element: Element): boolean {
  for (let e = element.parentElement; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

/** The block element whose text a node belongs to, or null when MgLens never reads it. */
export function blockOf(node: Node): Element | null {
  let block: Element | null = null;
  for (let e = node.nodeType === 1 ? (node as Element) : node.parentElement; e; e = e.parentElement) {
    if (isSkipped(e)) return null;
    if (!block && isBlockElement(e)) block = e;
  }
  return block;
}

export const textIndexReader: BlockReader = {
  blocks: (root) => readBlocks(root, { maxChars: READER_MAX_CHARS }),
  ownBlock: (element) => ownBlock(element, READER_MAX_CHARS),
  blockOf,
};

/** The page's readable text as one string, blocks in document order joined by a blank line (for `scan`). */
export function pageBlocksInOrder(root: Element): IndexedBlock[] {
  // Blocks come inner-first; their elements were first visited in document order.
  return [...readBlocks(root)].sort((a, b) => a.order - b.order);
}

/**
 * A DOM Range over the block's text [start, end), or null when the range holds no text node
 * (it falls entirely in a break). Takes the document from the block, so it works on any DOM.
 */
export function rangeFor(block: PageBlock, start: number, end: number): Range | null {
  const from = block.point(start, 'start');
  const to = block.point(end, 'end');
  if (!from || !to) return null;
  const range = block.element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed && end > start ? null : range;
}

/** The separator between blocks in a page's text, as `scan` and TextPosition selectors count it. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The whole readable text of a document (or any root element), blocks in document order joined
 * by BLOCK_SEPARATOR, with where each block starts in it. For the Node `scan` command and for
 * tests; the content script reads lazily with `readBlocks` instead.
 */
export function buildTextIndex(root: Element): { text: string; blocks: readonly IndexedBlock[]; starts: readonly number[] } {
  const blocks = pageBlocksInOrder(root);
  const starts: number[] = [];
  let length = 0;
  for (const block of blocks) {
    if (starts.length > 0) length += BLOCK_SEPARATOR.length;
    starts.push(length);
    length += block.text.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), blocks, starts };
}
