import { allNodes } from '../../../scripts/lib/dom-fuzz.ts';

/**
 * What a page is, for comparing it before, during and after MgLens: its markup, its text nodes
 * (as objects: a framework holds references to them), the text a reader sees, and the values of
 * its form fields. Open shadow roots and template contents are included.
 */
export interface PageSnapshot {
  html: string;
  shadowHtml: string[];
  textNodes: Text[];
  textData: string[];
  visible: string;
  fields: string[];
}

export function visibleText(doc: Document): string {
  const shadows = allNodes(doc.body)
    .filter((n): n is ShadowRoot => n.nodeType === 11 && (n as ShadowRoot).host !== undefined)
    .map((root) => root.textContent ?? '');
  return [doc.title, doc.body.textContent ?? '', ...shadows].join('\u0000');
}

export function fieldValues(doc: Document): string[] {
  return [...doc.querySelectorAll('input, textarea, select')].map((field) => (field as HTMLInputElement).value);
}

export function snapshot(doc: Document): PageSnapshot {
  const nodes = allNodes(doc.body);
  const textNodes = nodes.filter((n): n is Text => n.nodeType === 3);
  return {
    html: doc.body.innerHTML,
    shadowHtml: nodes.filter((n): n is ShadowRoot => n.nodeType === 11 && 'host' in n).map((root) => root.innerHTML),
    textNodes,
    textData: textNodes.map((t) => t.data),
    visible: visibleText(doc),
    fields: fieldValues(doc),
  };
}

/** Differences between two snapshots, as readable lines (empty when the page is as it was). */
export function differences(before: PageSnapshot, after: PageSnapshot): string[] {
  const out: string[] = [];
  if (before.html !== after.html) out.push(`body markup changed:\n  before ${before.html.slice(0, 400)}\n  after  ${after.html.slice(0, 400)}`);
  if (before.shadowHtml.join('|') !== after.shadowHtml.join('|')) out.push('a shadow root changed');
  if (before.visible !== after.visible) out.push('visible text changed');
  if (before.fields.join('|') !== after.fields.join('|')) out.push('a form field value changed');
  if (before.textNodes.length !== after.textNodes.length) out.push(`text node count ${before.textNodes.length} -> ${after.textNodes.length}`);
  const replaced = before.textNodes.findIndex((node, i) => after.textNodes[i] !== node);
  if (replaced !== -1) out.push(`text node #${replaced} (${JSON.stringify(before.textData[replaced])}) is not the same object any more`);
  const rewritten = before.textData.findIndex((data, i) => after.textData[i] !== data);
  if (rewritten !== -1) out.push(`text node #${rewritten} holds ${JSON.stringify(after.textData[rewritten])}, was ${JSON.stringify(before.textData[rewritten])}`);
  return out;
}
