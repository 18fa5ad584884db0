/**
 * happy-dom 21's NodeIterator is a TreeWalker whose previousNode() can return a node further back
 * than the one before the current one (it loses its place after descending into a sibling's
 * subtree). mark.js walks text with `previousNode(); nextNode(); nextNode()`, so on some pages
 * (a rejected <var> or <code> between split text nodes) it loops forever under happy-dom. Browsers
 * implement the DOM standard and are not affected (the e2e fuzz runs the same pages in Chromium).
 *
 * This installs a NodeIterator that follows the standard's "traverse" algorithm (reference node
 * plus pointer-before-reference flag) on a test document, so unit tests exercise the extension
 * rather than the test DOM's bug.
 */

const FILTER_ACCEPT = 1;
const FILTER_SKIP = 3;

type Filter = NodeFilter | ((node: Node) => number) | null;

// A template's content is a separate fragment, not its children (happy-dom answers firstChild
// from the content; browsers and the TreeWalkers of the text index do not).
const children = (node: Node) => ((node as Element).localName === 'template' ? null : node);

function following(node: Node, root: Node): Node | null {
  if (children(node)?.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let n = node.previousSibling;
  if (!n) return node.parentNode;
  while (children(n)?.lastChild) n = n.lastChild!;
  return n;
}

class SpecNodeIterator {
  referenceNode: Node;
  pointerBeforeReferenceNode = true;
  constructor(
    readonly root: Node,
    readonly whatToShow: number,
    readonly filter: Filter,
  ) {
    this.referenceNode = root;
  }

  private accept(node: Node): number {
    if (!((1 << (node.nodeType - 1)) & this.whatToShow)) return FILTER_SKIP;
    if (!this.filter) return FILTER_ACCEPT;
    return typeof this.filter === 'function' ? this.filter(node) : this.filter.acceptNode(node);
  }

  private traverse(next: boolean): Node | null {
    let node: Node | null = this.referenceNode;
    let before = this.pointerBeforeReferenceNode;
    for (;;) {
      if (next) {
        if (before) before = false;
        else if (!(node = following(node, this.root))) return null;
      } else if (!before) before = true;
      else if (!(node = preceding(node, this.root))) return null;
      if (this.accept(node) === FILTER_ACCEPT) break;
    }
    this.referenceNode = node;
    this.pointerBeforeReferenceNode = before;
    return node;
  }

  nextNode() {
    return this.traverse(true);
  }
  previousNode() {
    return this.traverse(false);
  }
  detach() {}
}

export function installSpecNodeIterator(doc: Document = document): void {
  Object.defineProperty(doc, 'createNodeIterator', {
    configurable: true,
    value: (root: Node, whatToShow = 0xffffffff, filter: Filter = null) => new SpecNodeIterator(root, whatToShow, filter),
  });
}
