/**
 * A tiny renderer that touches the DOM the way React does, for testing MgLens against a
 * framework: it keeps references to the nodes it created and, on every render, updates text
 * nodes in place (`node.data = …`), sets attributes, replaces a node whose type changed, inserts
 * before its own next node, appends, and removes its own nodes. It never reads the DOM back,
 * so whatever MgLens added around its nodes is invisible to it, as to React.
 */

export type VNode = string | VElement;

export interface VElement {
  tag: string;
  key?: string;
  attributes?: Record<string, string>;
  onClick?: (event: Event) => void;
  children: VNode[];
}

export function h(tag: string, props: { key?: string; onClick?: (event: Event) => void; [name: string]: unknown } | null, ...children: VNode[]): VElement {
  const { key, onClick, ...rest } = props ?? {};
  const attributes = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
  return { tag, children, attributes, ...(typeof key === 'string' ? { key } : {}), ...(onClick ? { onClick: onClick as (event: Event) => void } : {}) };
}

interface Mounted {
  vnode: VNode;
  dom: Node;
  children: Mounted[];
  listener?: (event: Event) => void;
}

const keyOf = (v: VNode) => (typeof v === 'string' ? undefined : v.key);
const sameType = (a: VNode, b: VNode) =>
  typeof a === 'string' ? typeof b === 'string' : typeof b !== 'string' && a.tag === b.tag && a.key === b.key;

export interface Root {
  render(children: VNode[]): void;
  /** Every DOM write the renderer made, to show it only ever touched its own nodes. */
  writes: number;
}

export function createRoot(container: Element): Root {
  const doc = container.ownerDocument;
  let mounted: Mounted[] = [];
  const root: Root = {
    writes: 0,
    render(children) {
      mounted = reconcile(container, mounted, children);
    },
  };

  function create(vnode: VNode): Mounted {
    root.writes += 1;
    if (typeof vnode === 'string') return { vnode, dom: doc.createTextNode(vnode), children: [] };
    const element = doc.createElement(vnode.tag);
    for (const [name, value] of Object.entries(vnode.attributes ?? {})) element.setAttribute(name, value);
    const node: Mounted = { vnode, dom: element, children: [] };
    node.children = reconcile(element, [], vnode.children);
    if (vnode.onClick) {
      node.listener = (event) => (node.vnode as VElement).onClick?.(event);
      element.addEventListener('click', node.listener);
    }
    return node;
  }

  function update(node: Mounted, vnode: VNode): Mounted {
    if (typeof vnode === 'string') {
      // Compared with what it rendered last, never with the DOM (React compares fibers).
      if (node.vnode !== vnode) {
        (node.dom as Text).data = vnode; // React's commitTextUpdate: nodeValue in place
        root.writes += 1;
      }
      return { ...node, vnode };
    }
    const element = node.dom as Element;
    const before = (node.vnode as VElement).attributes ?? {};
    for (const [name, value] of Object.entries(vnode.attributes ?? {})) {
      if (before[name] !== value) {
        element.setAttribute(name, value);
        root.writes += 1;
      }
    }
    node.vnode = vnode;
    node.children = reconcile(element, node.children, vnode.children);
    return node;
  }

  /** Keyed children are matched by key (and moved, as React moves them); the rest by position. */
  function reconcile(parent: Node, old: Mounted[], next: VNode[]): Mounted[] {
    const byKey = new Map(old.filter((m) => keyOf(m.vnode) !== undefined).map((m) => [keyOf(m.vnode)!, m]));
    const unkeyed = old.filter((m) => keyOf(m.vnode) === undefined);
    const result: Mounted[] = [];
    for (const vnode of next) {
      const key = keyOf(vnode);
      const previous = key !== undefined ? byKey.get(key) : unkeyed.shift();
      if (key !== undefined) byKey.delete(key);
      result.push(previous && sameType(previous.vnode, vnode) ? update(previous, vnode) : create(vnode));
      if (previous && !sameType(previous.vnode, vnode)) remove(parent, previous);
    }
    for (const leftover of [...byKey.values(), ...unkeyed]) remove(parent, leftover);
    // Place each node before the next one of ours, from the end (React's placement).
    let anchor: Node | null = null;
    for (let i = result.length - 1; i >= 0; i -= 1) {
      const dom = result[i]!.dom;
      const inPlace = dom.parentNode === parent && nextOwn(dom, result, i) === anchor;
      if (!inPlace) {
        parent.insertBefore(dom, anchor);
        root.writes += 1;
      }
      anchor = dom;
    }
    return result;
  }

  /** The next sibling of `dom` that is one of ours (what React would take to be its next node). */
  function nextOwn(dom: Node, list: Mounted[], index: number): Node | null {
    const own = new Set(list.slice(index + 1).map((m) => m.dom));
    for (let n = dom.nextSibling; n; n = n.nextSibling) if (own.has(n)) return n;
    return null;
  }

  function remove(parent: Node, node: Mounted) {
    if (node.listener) node.dom.removeEventListener('click', node.listener);
    if (node.dom.parentNode === parent) parent.removeChild(node.dom);
    root.writes += 1;
  }

  return root;
}

/** The text a renderer's tree shows: what the page must read as after every render. */
export function textOf(children: VNode[]): string {
  return children.map((c) => (typeof c === 'string' ? c : textOf(c.children))).join('');
}
