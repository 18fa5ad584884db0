import type { Page } from 'playwright-core';

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function collectText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3 && node.nodeValue) out.push(node.nodeValue);
  if (node.nodeName === 'STYLE') return;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collectText(child, out);
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.attributes?.includes('data-mglens-ui')) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The text of MgLens's hover card. The card is in a closed shadow root that page scripts (and
 * Playwright's selectors) cannot enter, so it is read through the DevTools protocol, which sees
 * what the browser renders, much as assistive technology does. Empty when no card is open.
 */
export async function cardText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findHost(root);
    if (!host) return '';
    const out: string[] = [];
    collectText(host, out);
    return out.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}
