/**
 * A seeded random DOM generator for reliability tests: the same seed always gives the same page.
 *
 * A page is first generated as a plain, JSON-serialisable tree (FuzzNode) and then built with DOM
 * calls by `buildFuzzNodes`. Building with DOM calls rather than parsing HTML is what makes shapes
 * that HTML cannot express: adjacent text nodes appended one by one (as React does), empty text
 * nodes, open shadow roots. The same builder runs in a unit test's DOM and, serialised with
 * Function.prototype.toString, inside a real browser page (`fuzzPageHtml`), so both see one page.
 *
 * The tree mixes what the extension must read (nested inline markup, tables, lists, headings, pre)
 * with what it must never touch (form fields, contenteditable, code, scripts, styles, SVG text,
 * titles, templates, hidden elements, iframes, shadow roots, comments), and its text holds
 * magnesium and migraine terms in English, Norwegian and Bulgarian, often split across nodes.
 */

export type FuzzNode =
  | { readonly kind: 'text'; readonly data: string }
  | { readonly kind: 'comment'; readonly data: string }
  | {
      readonly kind: 'element';
      readonly tag: string;
      readonly svg?: boolean;
      readonly attributes?: readonly (readonly [string, string])[];
      readonly children: readonly FuzzNode[];
      /** Content of an open shadow root attached to this element. */
      readonly shadow?: readonly FuzzNode[];
    };

export interface FuzzPage {
  readonly seed: number;
  readonly lang: 'en' | 'nb' | 'bg';
  readonly title: string;
  readonly body: readonly FuzzNode[];
}

export interface FuzzOptions {
  /** Rough upper bound on the number of nodes (default 160). */
  maxNodes?: number;
  /** Deepest nesting of generated elements (default 7). */
  maxDepth?: number;
}

/** mulberry32: small, fast, good enough to make test pages, and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences a matcher should find claims and terms in, and some it should find nothing in. */
export const FUZZ_SENTENCES = {
  en: [
    'Magnesium blocks NMDA receptors and may prevent migraine attacks.',
    'Magnesium oxide is poorly absorbed.',
    'Many people with migraine have low magnesium levels.',
    'Magnesium does not cure migraine.',
    'Take magnesium citrate with food.',
    'The weather was pleasant all week.',
    'Riboflavin and magnesium are both tried against migraine headaches!',
    'Is magnesium glycinate better for migraine?',
  ],
  nb: [
    'Magnesium kan forebygge migrene hos voksne.',
    'Magnesiumoksid tas dårlig opp.',
    'Mange med migrene har lavt magnesiumnivå.',
    'Magnesium hjelper ikke mot migrene hos alle.',
    'Været var fint hele uka.',
  ],
  bg: [
    'Магнезият може да предотврати мигрена.',
    'Магнезиевият оксид се усвоява слабо.',
    'Хората с мигрена често имат нисък магнезий.',
    'Магнезият не лекува мигрена.',
    'Времето беше хубаво.',
  ],
} as const;

/** Text that must survive as text: markup-looking strings, entities, emoji, combining marks, NBSP. */
const ODD_TEXT = [
  '<img src=x onerror=alert(1)> magnesium',
  '&amp; &lt;b&gt; magnesium &#x3c;',
  '🧠 migraine 🧲',
  'mag\u0301nesium',
  'magnesium\u00a0oxide',
  '  ',
  '\n\t',
  'x',
];

const INLINE_TAGS = ['b', 'i', 'em', 'strong', 'span', 'a', 'small', 'sub', 'sup', 'abbr', 'mark', 'u', 'label', 'q', 'cite', 'time'];
const UNTOUCHABLE_INLINE = ['code', 'kbd', 'samp', 'var'];

type Random = () => number;

class Generator {
  private nodes = 0;
  constructor(
    private readonly random: Random,
    private readonly lang: FuzzPage['lang'],
    private readonly maxNodes: number,
    private readonly maxDepth: number,
  ) {}

  private chance(p: number): boolean {
    return this.random() < p;
  }
  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  private budgetLeft(): boolean {
    return this.nodes < this.maxNodes;
  }

  private sentence(): string {
    const lang = this.chance(0.8) ? this.lang : this.pick(['en', 'nb', 'bg'] as const);
    if (this.chance(0.08)) return this.pick(ODD_TEXT);
    return this.pick(FUZZ_SENTENCES[lang]);
  }

  private prose(): string {
    const n = this.int(1, 3);
    const parts: string[] = [];
    for (let i = 0; i < n; i += 1) parts.push(this.sentence());
    return parts.join(' ');
  }

  text(data: string): FuzzNode {
    this.nodes += 1;
    return { kind: 'text', data };
  }

  element(tag: string, children: FuzzNode[], attributes?: [string, string][], extra: { svg?: boolean; shadow?: FuzzNode[] } = {}): FuzzNode {
    this.nodes += 1;
    return { kind: 'element', tag, children, ...(attributes && attributes.length > 0 ? { attributes } : {}), ...extra };
  }

  /**
   * Prose chopped at random points (also inside words) into adjacent text nodes, inline elements
   * and the odd thing a sentence can hold: a line break, a comment, an empty text node, code.
   */
  inline(depth: number): FuzzNode[] {
    const text = this.prose();
    const cuts = new Set<number>();
    const pieces = this.int(1, 6);
    for (let i = 1; i < pieces; i += 1) cuts.add(this.int(1, Math.max(1, text.length - 1)));
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), text.length];
    const out: FuzzNode[] = [];
    for (let i = 0; i + 1 < bounds.length; i += 1) {
      const piece = text.slice(bounds[i], bounds[i + 1]);
      if (piece === '') continue;
      const roll = this.random();
      if (roll < 0.5 || depth >= this.maxDepth || !this.budgetLeft()) out.push(this.text(piece));
      else if (roll < 0.8) out.push(this.wrapInline(piece, depth + 1));
      else if (roll < 0.87) out.push(this.text(piece), this.text(''), this.text(this.chance(0.5) ? ' ' : ''));
      else out.push(this.text(piece), this.odd(depth + 1));
    }
    if (this.chance(0.2)) out.push(this.text(''));
    return out;
  }

  private wrapInline(piece: string, depth: number): FuzzNode {
    const tag = this.pick(INLINE_TAGS);
    const attributes: [string, string][] = [];
    if (tag === 'a') attributes.push(['href', '#']);
    if (this.chance(0.1)) attributes.push(['class', 'x' + this.int(1, 9)]);
    if (this.chance(0.05)) attributes.push(['lang', this.pick(['en', 'nb', 'bg'])]);
    // Split the piece again, sometimes with a nested inline element inside.
    const cut = this.int(0, piece.length);
    const children: FuzzNode[] = [];
    if (cut > 0) children.push(this.text(piece.slice(0, cut)));
    if (cut < piece.length) {
      const rest = piece.slice(cut);
      children.push(this.chance(0.3) && depth < this.maxDepth ? this.wrapInline(rest, depth + 1) : this.text(rest));
    }
    return this.element(tag, children, attributes);
  }

  /** Something inside a sentence that is not its text, or must never be touched. */
  private odd(depth: number): FuzzNode {
    const roll = this.random();
    if (roll < 0.2) return this.element('br', []);
    if (roll < 0.35) {
      this.nodes += 1;
      return { kind: 'comment', data: ' magnesium migraine -- note ' };
    }
    if (roll < 0.55) return this.element(this.pick(UNTOUCHABLE_INLINE), [this.text('magnesium(migraine)')]);
    if (roll < 0.65) return this.element('input', [], [['value', 'magnesium for migraine'], ['type', 'text']]);
    if (roll < 0.72) return this.element('img', [], [['alt', 'magnesium'], ['src', 'data:,']]);
    if (roll < 0.8) return this.element('wbr', []);
    if (roll < 0.9) return this.svg();
    return this.element('span', [this.text('magnesium hidden')], [['style', 'display: none']]);
  }

  private svg(): FuzzNode {
    const text: FuzzNode = { kind: 'element', tag: 'text', svg: true, attributes: [['x', '0'], ['y', '12']], children: [this.text('magnesium migraine')] };
    const title: FuzzNode = { kind: 'element', tag: 'title', svg: true, children: [this.text('Magnesium blocks migraine.')] };
    this.nodes += 3;
    return { kind: 'element', tag: 'svg', svg: true, attributes: [['width', '80'], ['height', '16']], children: [title, text] };
  }

  /** A block: a paragraph, a list, a table, a form, a region to leave alone, or a nested container. */
  block(depth: number): FuzzNode {
    const roll = this.random();
    const deeper = depth < this.maxDepth && this.budgetLeft();
    if (roll < 0.3 || !deeper) return this.element(this.pick(['p', 'p', 'p', 'h2', 'h3', 'blockquote', 'figcaption', 'dt', 'dd']), this.inline(depth));
    if (roll < 0.4) return this.list(depth);
    if (roll < 0.48) return this.table(depth);
    if (roll < 0.55) return this.form(depth);
    if (roll < 0.6) return this.pre();
    if (roll < 0.64) return this.element('div', this.inline(depth), [['contenteditable', 'true']]);
    if (roll < 0.67) return this.element('script', [this.text(`// ${this.prose()}`)], [['type', 'text/x-fuzz']]);
    if (roll < 0.7) return this.element('style', [this.text(`/* ${this.prose()} */ .x1 { color: inherit }`)]);
    if (roll < 0.73) return this.element('iframe', [], [['srcdoc', `<p>${this.prose()}</p>`], ['title', 'frame']]);
    if (roll < 0.77) return this.shadowHost(depth);
    if (roll < 0.79) return this.element('template', [this.element('p', [this.text(this.prose())])]);
    if (roll < 0.81) return this.element('p', [this.text(this.prose())], [['hidden', '']]);
    if (roll < 0.83) return this.element('noscript', [this.text(this.prose())]);
    if (roll < 0.86) return this.element('div', [this.svg()]);
    if (roll < 0.9) return this.element('details', [this.element('summary', this.inline(depth + 1)), ...this.blocks(depth + 1, 1, 2)]);
    // A container with loose text around its nested blocks (the text index breaks it there).
    const children: FuzzNode[] = [];
    if (this.chance(0.5)) children.push(...this.inline(depth + 1));
    children.push(...this.blocks(depth + 1, 1, 3));
    if (this.chance(0.5)) children.push(...this.inline(depth + 1));
    return this.element(this.pick(['div', 'section', 'article', 'aside', 'main', 'li']), children);
  }

  blocks(depth: number, lo: number, hi: number): FuzzNode[] {
    const out: FuzzNode[] = [];
    const n = this.int(lo, hi);
    for (let i = 0; i < n && (i === 0 || this.budgetLeft()); i += 1) out.push(this.block(depth));
    return out;
  }

  private list(depth: number): FuzzNode {
    const items: FuzzNode[] = [];
    for (let i = this.int(1, 4); i > 0; i -= 1) {
      items.push(this.element('li', this.chance(0.2) && depth + 2 < this.maxDepth ? [...this.inline(depth + 2), this.list(depth + 2)] : this.inline(depth + 2)));
    }
    return this.element(this.pick(['ul', 'ol']), items);
  }

  private table(depth: number): FuzzNode {
    const rows: FuzzNode[] = [];
    const columns = this.int(1, 3);
    for (let r = this.int(1, 3); r > 0; r -= 1) {
      const cells: FuzzNode[] = [];
      for (let c = 0; c < columns; c += 1) cells.push(this.element(r === 1 && this.chance(0.3) ? 'th' : 'td', this.inline(depth + 3)));
      rows.push(this.element('tr', cells));
    }
    const parts: FuzzNode[] = [];
    if (this.chance(0.3)) parts.push(this.element('caption', this.inline(depth + 1)));
    parts.push(this.element('tbody', rows));
    return this.element('table', parts);
  }

  private form(depth: number): FuzzNode {
    const fields: FuzzNode[] = [
      this.element('label', [this.text('Magnesium dose:')]),
      this.element('input', [], [['type', 'text'], ['name', 'dose'], ['value', this.sentence()]]),
      this.element('textarea', [this.text(this.prose())], [['name', 'notes']]),
      this.element('select', [
        this.element('option', [this.text('magnesium oxide')], [['value', 'oxide']]),
        this.element('option', [this.text('magnesium citrate for migraine')], [['value', 'citrate']]),
      ]),
      this.element('button', [this.text('Save magnesium')], [['type', 'button']]),
    ];
    if (this.chance(0.5)) fields.push(this.element('p', this.inline(depth + 1)));
    return this.element('form', fields, [['action', '#']]);
  }

  private pre(): FuzzNode {
    // A <pre> of prose (read as a block) or of code (its <code> is never touched).
    if (this.chance(0.5)) return this.element('pre', [this.text(`${this.prose()}\n${this.prose()}`)]);
    return this.element('pre', [this.element('code', [this.text(`const magnesium = 400; // migraine\nif (magnesium < 1) dose();`)])]);
  }

  private shadowHost(depth: number): FuzzNode {
    const shadow = [this.element('p', this.inline(depth + 1)), ...(this.chance(0.5) ? [this.element('slot', [])] : [])];
    return this.element(this.pick(['div', 'section', 'span']), this.chance(0.5) ? [this.element('p', this.inline(depth + 1))] : [], undefined, { shadow });
  }
}

export function generateFuzzPage(seed: number, options: FuzzOptions = {}): FuzzPage {
  const random = seededRandom(seed);
  const lang = (['en', 'nb', 'bg'] as const)[Math.floor(random() * 3)]!;
  const generator = new Generator(random, lang, options.maxNodes ?? 160, options.maxDepth ?? 7);
  const body = generator.blocks(0, 2, 8);
  const title = FUZZ_SENTENCES[lang][0];
  return { seed, lang, title, body };
}

/**
 * Appends the nodes to `parent` with DOM calls only. Self-contained (no imports, no closure over
 * this module) because it is also serialised into the generated pages.
 */
export function buildFuzzNodes(doc: Document, parent: Node, nodes: readonly FuzzNode[]): void {
  const SVG = 'http://www.w3.org/2000/svg';
  const build = (into: Node, list: readonly FuzzNode[]) => {
    for (const node of list) {
      if (node.kind === 'text') into.appendChild(doc.createTextNode(node.data));
      else if (node.kind === 'comment') into.appendChild(doc.createComment(node.data));
      else {
        const element = node.svg ? doc.createElementNS(SVG, node.tag) : doc.createElement(node.tag);
        for (const [name, value] of node.attributes ?? []) element.setAttribute(name, value);
        const target = node.tag === 'template' ? (element as HTMLTemplateElement).content : element;
        build(target, node.children);
        if (node.shadow) build(element.attachShadow({ mode: 'open' }), node.shadow);
        into.appendChild(element);
      }
    }
  };
  build(parent, nodes);
}

/** Builds a generated page into a document: its title and its body. */
export function buildFuzzPage(doc: Document, page: FuzzPage): void {
  doc.title = page.title;
  doc.documentElement.setAttribute('lang', page.lang);
  buildFuzzNodes(doc, doc.body, page.body);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A whole HTML page that builds the generated body while it parses (an inline script that then
 * removes itself), so the page is complete before any content script runs at document_idle.
 */
export function fuzzPageHtml(page: FuzzPage): string {
  const nodes = JSON.stringify(page.body).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return [
    '<!doctype html>',
    `<html lang="${page.lang}"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head>`,
    `<body data-fuzz-seed="${page.seed}"><script>`,
    // esbuild may name functions with a helper; the page has none, so give it a no-op one.
    'var __name = function (f) { return f; };',
    `(${buildFuzzNodes.toString()})(document, document.body, ${nodes});`,
    'document.currentScript.remove();',
    '</script></body></html>',
  ].join('\n');
}

/** Every node under `root` in tree order, entering open shadow roots and template contents. */
export function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (node: Node) => {
    out.push(node);
    const element = node as Element;
    if (node.nodeType === 1 && element.shadowRoot) visit(element.shadowRoot);
    if (node.nodeType === 1 && element.localName === 'template') visit((element as HTMLTemplateElement).content);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return out;
}
