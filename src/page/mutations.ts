/**
 * Turns MutationObserver records into the work they call for: which subtrees gained content,
 * or, for a burst too large to handle piecewise, one full rescan.
 *
 * MgLens's own DOM writes never reach this function: the annotator takes and discards the
 * observer's records around each synchronous write (see guardedWrite). The isOwn filter below
 * is a second line for nodes of ours that a page script moves around.
 */

import { hidesByStyle } from './text-index.ts';

export const OWN_ATTRIBUTE = 'data-mglens';

/**
 * Attributes whose change can show text MgLens skipped while it was hidden (a "read more"
 * section, a tab panel, an accordion). Observed with their old values; any other change of them
 * (an animation rewriting `style` every frame) is classified as no work.
 */
export const REVEALING_ATTRIBUTES = ['hidden', 'style'];
export const OWN_UI_ATTRIBUTE = 'data-mglens-ui';

/** Above this many changed subtrees in one batch, a full rescan is cheaper and simpler. */
export const BURST_LIMIT = 500;

export interface MutationWork {
  /** Elements whose content changed or was added; each is re-annotated as a unit. */
  roots: Element[];
  full: boolean;
}

function isOwn(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return false;
  return element.hasAttribute(OWN_ATTRIBUTE) || element.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null;
}

export function classifyMutations(records: readonly MutationRecord[]): MutationWork {
  const roots = new Set<Element>();
  for (const record of records) {
    if (record.type === 'childList') {
      let added = false;
      for (const node of record.addedNodes) {
        if (isOwn(node)) continue;
        if (node.nodeType === 1) roots.add(node as Element);
        else if (node.nodeType === 3 && node.parentElement) roots.add(node.parentElement);
        added = true;
      }
      if (!added && record.removedNodes.length === 0) continue;
      // Removed content changes the text of the block it was in: re-read the parent.
      if (record.removedNodes.length > 0 && record.target.nodeType === 1 && !isOwn(record.target)) {
        roots.add(record.target as Element);
      }
    } else if (record.type === 'characterData') {
      const parent = record.target.parentElement;
      if (parent && !isOwn(record.target)) roots.add(parent);
    } else if (record.type === 'attributes' && revealed(record)) {
      roots.add(record.target as Element);
    }
    if (roots.size > BURST_LIMIT) return { roots: [], full: true };
  }
  // Keep only outermost roots: a root inside another is covered by it.
  const list = [...roots].filter((el) => el.isConnected);
  const outer = list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
  return { roots: outer, full: false };
}

/** An element that was hidden (by `hidden` or an inline style) and is not any more. */
function revealed(record: MutationRecord): boolean {
  const element = record.target as Element;
  if (isOwn(element)) return false;
  // A `hidden` record for an element without it: the attribute was removed (its old value is
  // the empty string, which some DOMs report as null).
  if (record.attributeName === 'hidden') return !element.hasAttribute('hidden');
  if (record.attributeName === 'style') return hidesByStyle(record.oldValue) && !hidesByStyle(element.getAttribute('style'));
  return false;
}

/**
 * Runs a synchronous DOM write of MgLens's own without the observer seeing it: records pending
 * before the write are handed to `pending` first (they are the page's), records made during it
 * are discarded (they are ours; JavaScript runs nothing else in between).
 */
export function guardedWrite<T>(
  observer: MutationObserver | undefined,
  write: () => T,
  pending: (records: MutationRecord[]) => void,
): T {
  if (!observer) return write();
  const before = observer.takeRecords();
  if (before.length > 0) pending(before);
  try {
    return write();
  } finally {
    observer.takeRecords();
  }
}
