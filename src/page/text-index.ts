import type { BlockReader, PageBlock } from './annotator.ts';
import type { TextPoint } from './mark-adapter.ts';

/**
 * The text index: a page's readable text, block by block, with a map from each character back
 * to the text node it came from. A term or sentence split across inline elements
 * (`Magne<b>sium</b>`) reads as one string. One TreeWalker pass, O(nodes), produced lazily so a
 * long page can be read in time slices.
 *
 * Never read (and so never touched): scripts, styles, templates, form fields and buttons,
 * code and preformatted text, SVG and MathML, embedded content, editable regions, elements with
 * the `hidden` attribute, and MgLens's own UI. MgLens's own <mark> wrappers are ordinary inline
 * elements here, so an annotated page reads exactly as before.
 *
 * Shared by the content script (through `textIndexReader`, the annotator's BlockReader) and the
 * Node `scan` command, which hands in a parsed document and uses `pageBlocksInOrder`.
 */

export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'button', 'datalist', 'output', 'pre', 'code', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe',
  'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'head', 'title', 'meta', 'link',
]);

/** Elements that start a new block: their text is read, and matched, on its own. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'legend', 'menu', 'center',
]);

/** Where a line break or a nested block interrupts a block's own text. */
const BREAK = '\n';

/** Attribute selectors for skipped elements (editable regions, hidden ones, MgLens's own UI). */
export const SKIPPED_ATTRIBUTES = ['[contenteditable]:not([contenteditable="false"])', '[hidden]', '[data-mglens-ui]'];

export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('data-mglens-ui') || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const isBlockElement = (element: Element) => BLOCK_TAGS.has(element.localName);

interface Segment {
  node: Text;
  start: number;
}

class BlockBuilder {
  text = '';
  segments: Segment[] = [];
  readonly element: Element;
  constructor(element: Element) {
    this.element = element;
  }

  addText(node: Text) {
    this.segments.push({ node, start: this.text.length });
    this.text += node.data;
  }

  addBreak() {
    if (this.text.length > 0 && !this.text.endsWith(BREAK)) this.text += BREAK;
  }

  build(): PageBlock | null {
    if (!/[\p{L}\p{N}]/u.test(this.text)) return null;
    const { text, segments, element } = this;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? undefined;
    return {
      element,
      text,
      ...(lang ? { lang } : {}),
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
}

/**
 * Blocks under `root`, inner blocks first. The root is a block of its own when it is a block
 * element (or the body); otherwise its loose text belongs to an enclosing block and is left to
 * whoever reads that one, so no text is ever read into two blocks.
 */
export function* readBlocks(root: Element, { nested = true }: ReadOptions = {}): Generator<PageBlock> {
  if (isSkipped(root) || hasSkippedAncestor(root)) return;
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const element = node as Element;
      if (isSkipped(element)) return 2; // FILTER_REJECT: the whole subtree
      return isBlockElement(element) || element.localName === 'br' ? 1 : 3; // else FILTER_SKIP: read its children
    },
  });
  const stack: (BlockBuilder | null)[] = [isBlockElement(root) || root === root.ownerDocument.body ? new BlockBuilder(root) : null];
  let node: Node | null = walker.nextNode();
  while (node) {
    // Leave the blocks this node is not inside: they are complete.
    while (stack.length > 1 && !stack[stack.length - 1]!.element.contains(node)) {
      const done = stack.pop()!.build();
      stack[stack.length - 1]?.addBreak();
      if (done) yield done;
    }
    const top = stack[stack.length - 1] ?? null;
    if (node.nodeType === 3) top?.addText(node as Text);
    else if ((node as Element).localName === 'br') top?.addBreak();
    else {
      top?.addBreak();
      if (!nested) {
        node = nextOutside(walker, node);
        continue;
      }
      stack.push(new BlockBuilder(node as Element));
    }
    node = walker.nextNode();
  }
  while (stack.length > 0) {
    const done = stack.pop()?.build();
    if (done) yield done;
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
export function ownBlock(element: Element): PageBlock | null {
  for (const block of readBlocks(element, { nested: false })) if (block.element === element) return block;
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

export const textIndexReader: BlockReader = { blocks: (root) => readBlocks(root), ownBlock, blockOf };

/** The page's readable text as one string, blocks in document order joined by a blank line (for `scan`). */
export function pageBlocksInOrder(root: Element): PageBlock[] {
  const blocks = [...readBlocks(root)];
  return blocks.sort((a, b) =>
    a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1,
  );
}
