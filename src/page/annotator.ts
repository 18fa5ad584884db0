import type { Grade } from '../claims/schema.ts';
import { MATCH_LIMITS, type MatchBlock, type MatchBlocksResult } from '../settings/match-schemas.ts';
import type { Statement } from '../settings/page-state.ts';
import { planBlock, type BlockMatches, type ClaimSummary, type PlanSettings, type Polarity } from './block-plan.ts';
import { benchMark, benchSpan } from './bench-marks.ts';
import { markRanges, restore, type MarkRequest, type SplitFamily, type TextPoint } from './mark-adapter.ts';
import { REVEALING_ATTRIBUTES, classifyMutations, guardedWrite } from './mutations.ts';
import { runSliced } from './scheduler.ts';
import { elementsInViewport } from './viewport.ts';

/**
 * Annotates a page: the blocks on screen first, then the rest in time slices, then whatever the
 * page adds later (only what was added). stop() undoes every change and removes every observer.
 * The DOM is reached only through the BlockReader (reading) and the mark adapter (writing).
 *
 * Matching is asynchronous: the text of a batch of blocks goes to the matcher (the background,
 * off the page's main thread) while the page stays responsive; when the matches come back, only
 * blocks the page has not changed in the meantime are highlighted (the others are read again).
 */

export interface PageBlock {
  /** The element that holds the block's text; its marks go inside it. */
  element: Element;
  text: string;
  /** The DOM position of a character offset (`end` prefers the end of the previous node). */
  point(offset: number, side: 'start' | 'end'): TextPoint | null;
  /** The language the page declares for the block, if any. */
  lang?: string;
  /** The reader stopped reading the block's text at its limit: the block is too long to annotate. */
  truncated?: true;
}

export interface BlockReader {
  /** Blocks whose element is `root` or inside it, in document order, produced lazily. */
  blocks(root: Element): Iterable<PageBlock>;
  /** Only the block's own text, without the blocks nested in it (cheap, for the first screen). */
  ownBlock(element: Element): PageBlock | null;
  /** The block element a node's text belongs to, or null for text MgLens never reads. */
  blockOf(node: Node): Element | null;
}

export interface TextMatcher {
  /** Matches blocks' text; resolves with one result per block, in order, and the claims they name. */
  match(blocks: readonly MatchBlock[]): Promise<MatchBlocksResult>;
}

export interface AnnotatedItem {
  id: string;
  kind: 'claim' | 'term';
  block: Element;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  claimId?: string;
  grade?: Grade;
  /** The claim in every UI language. */
  statement?: Statement;
  polarity?: Polarity;
  concept?: string;
  pieces: HTMLElement[];
}

/** A block read and planned, not yet written. */
interface Prepared {
  block: PageBlock;
  items: AnnotatedItem[];
  requests: MarkRequest[];
  itemOfRequest: Map<MarkRequest, AnnotatedItem>;
}

interface BlockRecord {
  textLength: number;
  items: AnnotatedItem[];
  families: SplitFamily[];
}

export interface AnnotatorOptions {
  doc?: Document;
  reader: BlockReader;
  matcher: TextMatcher;
  /** Text for screen readers on a claim highlight: the claim and its grade. */
  describeClaim: (item: AnnotatedItem) => string;
  settings: () => PlanSettings & { style: string };
  /** After each batch of changes to the set of highlights (for the badge and the popup). */
  onChange?: () => void;
  signal: AbortSignal;
}

export interface Annotator {
  /** Resolves when the first full pass is done (or was stopped). */
  ready: Promise<void>;
  items(): AnnotatedItem[];
  /** How many claim highlights there are (kept as blocks change: the badge asks after each change). */
  claimCount(): number;
  /**
   * Where each annotated block starts in the page's text as MgLens reads it (blocks in document
   * order, joined by a blank line), for TextPosition selectors. Computed on request.
   */
  blockOffsets(): Map<Element, number>;
  itemOf(mark: HTMLElement): AnnotatedItem | undefined;
  itemById(id: string): AnnotatedItem | undefined;
  /** Re-reads every annotated block, e.g. after the reader changed what is highlighted. */
  refresh(): Promise<void>;
}

/** A block re-annotated this often within the window is given up on (a page fighting the marks). */
const CHURN_LIMIT = 8;
const CHURN_WINDOW_MS = 5000;
const CONTEXT_CHARS = 32;
/**
 * Longer blocks are not matched (the background takes about 1 ms per 1,000 characters in one
 * unsplittable step, and refuses longer ones): an ordinary article's paragraphs, and a plain-text
 * article in one <pre>, stay well below; a block past it is a page built to be hostile, or a dump.
 */
const MAX_BLOCK_CHARS = MATCH_LIMITS.blockChars;
/** mark.js's work per block (see MarkOptions.maxWork): about 20-40 ms in Chromium. */
const MARK_WORK_LIMIT = 3_000_000;
/**
 * The full pass reads and plans block after block but writes its highlights in batches, one
 * batch at most this often. A highlight with a grade glyph reflows its block and moves everything
 * after it, and the browser revisits all of that in its next frame (measured on a 100k-word page:
 * about 40 ms for one change near the top, whatever its size). Fewer frames with changes in them
 * is far less of that work; 200 ms is still quicker than a reader scrolls to text off screen.
 */
const WRITE_INTERVAL_MS = 200;
/** One batch is written in tasks of about this long, so that each task's changes render in one frame. */
const WRITE_BUDGET_MS = 20;
const BLOCK_SEPARATOR = 2;
/**
 * The full pass sends blocks to the matcher in batches of at most this many blocks and
 * characters: few enough messages on a long page, and each answer quick enough to plan in slices.
 */
const BATCH_BLOCKS = 100;
const BATCH_CHARS = 50_000;
const NO_MATCHES: BlockMatches = { terms: [], claims: [] };

/** A block and its matches, as they came back from the matcher. */
interface Matched {
  block: PageBlock;
  matches: BlockMatches;
  summaryOf: (claimId: string) => ClaimSummary | undefined;
}

/** Batches of at most BATCH_BLOCKS blocks and BATCH_CHARS characters (a longer block goes alone). */
function* batches(blocks: readonly PageBlock[]): Generator<PageBlock[]> {
  let batch: PageBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (batch.length > 0 && (batch.length >= BATCH_BLOCKS || chars + block.text.length > BATCH_CHARS)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(block);
    chars += block.text.length;
  }
  if (batch.length > 0) yield batch;
}

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const doc = options.doc ?? document;
  const { reader, signal } = options;
  const records = new Map<Element, BlockRecord>();
  const itemsByMark = new WeakMap<HTMLElement, AnnotatedItem>();
  const itemsById = new Map<string, AnnotatedItem>();
  const churn = new WeakMap<Element, number[]>();
  /**
   * The same churn counted by text under a parent: a page that answers each highlight by putting
   * a fresh copy of the paragraph in its place gives new elements every time, but not new text.
   */
  const churnByText = new WeakMap<Element, Map<string, number[]>>();
  /** The block whose record holds each split text node's family. */
  const headOwner = new WeakMap<Text, Element>();
  const pendingRoots = new Set<Element>();
  /** Blocks whose highlights were taken down because the page changed them: read again. */
  const pendingOwn = new Set<Element>();
  /** Blocks read and sent to the matcher, not answered yet; a block the page changes meanwhile leaves. */
  const inflight = new Map<Element, PageBlock>();
  /** Blocks the full pass has planned and not written yet (see WRITE_INTERVAL_MS). */
  const unwritten = new Map<Element, Prepared>();
  let lastWrite = 0;
  let pendingFull = false;
  /** The page removed nodes since the last flush: records of detached blocks must go. */
  let removals = false;
  let claims = 0;
  let flushQueued = false;
  let counter = 0;
  let changed = false;
  let matcherFailed = false;

  const observer = new MutationObserver((list) => queueMutations(list));

  function queueMutations(list: MutationRecord[]) {
    if (signal.aborted) return;
    takeDownChanged(list);
    const done = benchSpan('mutations');
    const work = classifyMutations(list);
    if (!removals) removals = list.some((record) => record.removedNodes.length > 0);
    if ((unwritten.size > 0 || inflight.size > 0) && (work.full || work.roots.length > 0)) dropStale(work.full ? null : work.roots);
    if (work.full) pendingFull = true;
    for (const root of work.roots) pendingRoots.add(root);
    if ((pendingFull || pendingRoots.size > 0 || pendingOwn.size > 0) && !flushQueued) {
      flushQueued = true;
      setTimeout(() => void flush(), 0);
    }
    done();
  }

  const write = <T>(fn: () => T): T => guardedWrite(observer, fn, queueMutations);

  /**
   * An annotated block the page just changed loses its highlights at once, in the mutation
   * observer's microtask, before the browser can paint: the pieces mark.js split off its text
   * nodes hold the text as it was, and a framework that rewrote, moved or removed one of its
   * nodes must never be shown next to those stale pieces. The flush reads the block again.
   */
  function takeDownChanged(list: readonly MutationRecord[]) {
    if (records.size === 0) return;
    const seen = new Set<Node>();
    for (const record of list) {
      // An attribute change (see REVEALING_ATTRIBUTES) leaves the block's text nodes as they were.
      if (record.type === 'attributes') continue;
      // A split text node the page moved elsewhere (out of a removed subtree, say) leaves its
      // pieces behind in the block that holds its family, which may be out of the page's sight.
      for (const node of record.addedNodes) {
        const owner = node.nodeType === 3 ? headOwner.get(node as Text) : undefined;
        if (!owner || !records.has(owner)) continue;
        forget(owner);
        if (owner.isConnected) pendingOwn.add(owner);
      }
      if (seen.has(record.target)) continue;
      seen.add(record.target);
      const block = reader.blockOf(record.target);
      if (!block || !records.has(block)) continue;
      forget(block);
      pendingOwn.add(block);
    }
  }

  function forget(element: Element) {
    const record = records.get(element);
    if (!record) return;
    records.delete(element);
    claims -= claimsIn(record.items);
    for (const item of record.items) itemsById.delete(item.id);
    write(() => restore(record.families));
    if (record.items.length > 0) changed = true;
  }

  /**
   * Sends blocks to the matcher in batches and resolves with each block the page left alone
   * meanwhile, with its matches. A batch is one message; `onBatch` takes its answer.
   */
  async function matchBlocks(blocks: readonly PageBlock[], onBatch: (matched: Matched[]) => Promise<void> | void): Promise<void> {
    for (const block of blocks) inflight.set(block.element, block);
    let previous: Promise<void> = Promise.resolve();
    for (const batch of batches(blocks)) {
      if (signal.aborted) break;
      const answer = matchBatch(batch);
      await previous;
      previous = answer.then((matched) => (signal.aborted ? undefined : onBatch(matched)));
    }
    await previous;
  }

  async function matchBatch(batch: readonly PageBlock[]): Promise<Matched[]> {
    const sent = batch.filter((block) => !tooLong(block));
    let result: MatchBlocksResult = { results: [], claims: {} };
    if (sent.length > 0) {
      try {
        result = await options.matcher.match(sent.map((block) => (block.lang ? { text: block.text, lang: block.lang } : { text: block.text })));
      } catch (error) {
        // The background is gone (the extension was reloaded or updated): nothing to highlight.
        if (!matcherFailed && !signal.aborted) console.warn('[MgLens] matching failed', error);
        matcherFailed = true;
      }
    }
    const summaries = new Map(Object.entries(result.claims));
    const matchesOf = new Map(sent.map((block, i) => [block, result.results[i]]));
    const matched: Matched[] = [];
    for (const block of batch) {
      // Gone from inflight: the page changed the block since it was read (dropStale).
      if (inflight.get(block.element) !== block) continue;
      inflight.delete(block.element);
      matched.push({ block, matches: matchesOf.get(block) ?? NO_MATCHES, summaryOf: (id) => summaries.get(id) });
    }
    return matched;
  }

  function tooLong(block: PageBlock): boolean {
    return block.truncated === true || block.text.length > MAX_BLOCK_CHARS;
  }

  /** Plans a block's highlights from its matches; changes nothing. */
  function prepare({ block, matches, summaryOf }: Matched): Prepared {
    const settings = options.settings();
    const plan = planBlock(matches, settings, summaryOf);
    const items: AnnotatedItem[] = [];
    const requests: MarkRequest[] = [];
    const itemOfRequest = new Map<MarkRequest, AnnotatedItem>();
    for (const highlight of plan) {
      // Wrapped run by run: a break in the block's text may stand for a nested block, whose
      // text lies between the two runs in the DOM and must not be wrapped into this highlight.
      const runs = ownRuns(block.text, highlight.start, highlight.end).flatMap(([from, to]) => {
        const start = block.point(from, 'start');
        const end = block.point(to, 'end');
        return start && end ? [{ start, end }] : [];
      });
      if (runs.length === 0) continue;
      const id = `mg${(counter += 1)}`;
      const attributes: Record<string, string> = { 'data-mglens': highlight.kind, 'data-mglens-id': id, 'data-mglens-style': settings.style };
      const item: AnnotatedItem = {
        id,
        kind: highlight.kind,
        block: block.element,
        start: highlight.start,
        end: highlight.end,
        text: block.text.slice(highlight.start, highlight.end),
        prefix: block.text.slice(Math.max(0, highlight.start - CONTEXT_CHARS), highlight.start),
        suffix: block.text.slice(highlight.end, highlight.end + CONTEXT_CHARS),
        pieces: [],
      };
      if (highlight.kind === 'claim') {
        const { grade, statement } = highlight.summary;
        Object.assign(item, { claimId: highlight.claimId, grade, statement, polarity: highlight.polarity });
        attributes['data-mglens-grade'] = grade;
        attributes['data-mglens-polarity'] = highlight.polarity;
      } else {
        item.concept = highlight.concept;
        attributes['data-mglens-concept'] = highlight.concept;
      }
      items.push(item);
      for (const run of runs) {
        const request = { ...run, attributes };
        requests.push(request);
        itemOfRequest.set(request, item);
      }
    }
    return { block, items, requests, itemOfRequest };
  }

  /** Replaces a block's highlights with those of its new matches (the flush and the first screen). */
  function annotate(matched: Matched) {
    const { element } = matched.block;
    if (records.has(element)) forget(element);
    apply(prepare(matched));
  }

  /** Writes a prepared block's highlights (the DOM must not have changed since it was read). */
  function apply({ block, items, requests, itemOfRequest }: Prepared) {
    const context = requests.length > 0 ? commonAncestor(requests) : null;
    const marked = new Set<AnnotatedItem>();
    const result = context
      ? write(() => {
          const done = markRanges(context, requests, { maxWork: MARK_WORK_LIMIT });
          for (const range of done.ranges) {
            const item = itemOfRequest.get(range.request)!;
            item.pieces.push(...range.elements);
            marked.add(item);
            for (const piece of range.elements) itemsByMark.set(piece, item);
          }
          for (const item of marked) decorate(item);
          return done;
        })
      : { ranges: [], families: [] };
    for (const family of result.families) headOwner.set(family.head, block.element);
    const kept = items.filter((item) => marked.has(item));
    for (const item of kept) itemsById.set(item.id, item);
    records.set(block.element, { textLength: block.text.length, items: kept, families: result.families });
    claims += claimsIn(kept);
    if (kept.length > 0) changed = true;
  }

  /** Claim sentences are one tab stop (the first piece) and carry their meaning as text for screen readers. */
  function decorate(item: AnnotatedItem) {
    const first = item.pieces[0];
    const last = item.pieces[item.pieces.length - 1];
    last?.setAttribute('data-mglens-last', '');
    if (item.kind !== 'claim' || !first || !item.claimId || !item.polarity) return;
    first.setAttribute('tabindex', '0');
    first.setAttribute('aria-description', options.describeClaim(item));
  }

  function notify() {
    if (!changed || signal.aborted) return;
    changed = false;
    options.onChange?.();
  }

  function tooChurned(element: Element): boolean {
    const now = performance.now();
    const times = (churn.get(element) ?? []).filter((t) => now - t < CHURN_WINDOW_MS);
    times.push(now);
    churn.set(element, times);
    return times.length > CHURN_LIMIT;
  }

  function tooChurnedText(block: PageBlock): boolean {
    const parent = block.element.parentElement;
    if (!parent) return false;
    const now = performance.now();
    let texts = churnByText.get(parent);
    if (!texts) churnByText.set(parent, (texts = new Map()));
    if (texts.size > 256) for (const [text, times] of texts) if (now - times[times.length - 1]! >= CHURN_WINDOW_MS) texts.delete(text);
    const times = (texts.get(block.text) ?? []).filter((t) => now - t < CHURN_WINDOW_MS);
    times.push(now);
    texts.set(block.text, times);
    return times.length > CHURN_LIMIT;
  }

  async function flush() {
    flushQueued = false;
    if (signal.aborted) return;
    const whole = benchSpan('flush');
    if (pendingFull) {
      pendingFull = false;
      pendingRoots.clear();
      pendingOwn.clear();
      await fullPass();
      whole();
      return;
    }
    const reading = benchSpan('flush-read');
    const roots = [...pendingRoots];
    const retake = [...pendingOwn];
    pendingRoots.clear();
    pendingOwn.clear();
    const blocks = new Map<Element, PageBlock>();
    // Only a removal can detach a block: without one, this sweep (O(page)) is skipped, so an
    // addition costs the same on a long page as on a short one.
    if (removals) for (const element of [...records.keys()]) if (!element.isConnected) forget(element);
    removals = false;
    for (const element of retake) {
      if (!element.isConnected || tooChurned(element)) continue;
      const block = reader.ownBlock(element);
      if (block && !tooChurnedText(block)) blocks.set(element, block);
    }
    for (const root of roots) {
      if (!root.isConnected) continue;
      // The enclosing block's own text changed (the root's inline text is part of it)...
      const own = reader.blockOf(root);
      if (own && !blocks.has(own) && !tooChurned(own)) {
        const block = reader.ownBlock(own);
        if (!block) forget(own);
        else if (!tooChurnedText(block)) blocks.set(own, block);
      }
      // ...and every block inside the root is new or changed. (For a block root, its own
      // block is the one just read; an inline root yields only the blocks nested in it.)
      for (const block of reader.blocks(root)) {
        if (block.element !== own && !tooChurned(block.element) && !tooChurnedText(block)) blocks.set(block.element, block);
      }
    }
    reading();
    await matchBlocks([...blocks.values()], async (matched) => {
      const applying = benchSpan('flush-apply');
      await runSliced(matched, annotate, { signal });
      notify();
      applying();
    });
    whole();
  }

  async function fullPass() {
    lastWrite = performance.now();
    const blocks = reader.blocks(doc.body)[Symbol.iterator]();
    let previous: Promise<void> = Promise.resolve();
    for (;;) {
      // Read a batch in slices (reading a long page is work too), then match it while the
      // previous batch's answer is planned and written.
      const batch: PageBlock[] = [];
      let chars = 0;
      let exhausted = false;
      await runSliced(
        (function* () {
          while (batch.length < BATCH_BLOCKS && chars < BATCH_CHARS) {
            const next = blocks.next();
            if (next.done) return void (exhausted = true);
            yield next.value;
          }
        })(),
        (block) => {
          const { element } = block;
          if (records.has(element) || unwritten.has(element) || inflight.has(element)) return;
          batch.push(block);
          chars += block.text.length;
        },
        { signal },
      );
      if (signal.aborted) return;
      const answered = previous;
      previous = matchBlocks(batch, async (matched) => {
        await answered;
        await runSliced(matched, (m) => void (records.has(m.block.element) || unwritten.set(m.block.element, prepare(m))), { signal });
        if (performance.now() - lastWrite >= WRITE_INTERVAL_MS) await writeUnwritten();
      });
      if (exhausted) break;
      await answered;
    }
    await previous;
    await writeUnwritten();
    notify();
  }

  /** Writes the planned blocks in tasks of WRITE_BUDGET_MS, so that each task's changes render in one frame. */
  async function writeUnwritten() {
    lastWrite = performance.now();
    await runSliced(
      (function* () {
        while (unwritten.size > 0) yield;
      })(),
      () => {
        const deadline = performance.now() + WRITE_BUDGET_MS;
        for (const [element, prepared] of unwritten) {
          unwritten.delete(element);
          if (!records.has(element)) apply(prepared);
          if (performance.now() >= deadline) break;
        }
      },
      { signal, budgetMs: 0 },
    );
    notify();
  }

  /**
   * Blocks read (or planned) before the page changed them are read again: those under the
   * changed roots, or all of them for a burst (the full pass that follows reads everything).
   */
  function dropStale(roots: readonly Element[] | null) {
    const affected = (element: Element) => !roots || roots.some((root) => root.contains(element) || element.contains(root));
    for (const element of [...unwritten.keys(), ...inflight.keys()]) {
      if (!affected(element)) continue;
      unwritten.delete(element);
      inflight.delete(element);
      if (roots) pendingRoots.add(element);
    }
  }

  async function run() {
    if (!doc.body) return;
    observer.observe(doc.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: REVEALING_ATTRIBUTES,
      attributeOldValue: true,
    });
    // First screen: the blocks under a grid of on-screen points, first, in one message; read in
    // slices too, since on a long page the hit tests alone can take a slice's budget.
    const firstScreen = new Map<Element, PageBlock>();
    const onScreen = new Set<Element>();
    for (const element of elementsInViewport(doc)) {
      const own = reader.blockOf(element);
      if (own) onScreen.add(own);
    }
    benchMark('first-screen-found');
    await runSliced(onScreen, (own) => {
      const block = reader.ownBlock(own);
      if (block && !records.has(own)) firstScreen.set(own, block);
    }, { signal });
    benchMark('first-screen-sent');
    await matchBlocks([...firstScreen.values()], async (matched) => {
      benchMark('first-screen-answered');
      await runSliced(matched, annotate, { signal });
    });
    notify();
    benchMark('first-screen');
    await fullPass();
    benchMark('pass-done');
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    pendingRoots.clear();
    unwritten.clear();
    inflight.clear();
    for (const record of records.values()) restore(record.families);
    records.clear();
    claims = 0;
    itemsById.clear();
  }, { once: true });

  const ready = run();

  return {
    ready,
    items: () => [...records.values()].flatMap((r) => r.items),
    claimCount: () => claims,
    itemOf: (mark) => itemsByMark.get(mark),
    itemById: (id) => itemsById.get(id),
    blockOffsets() {
      const ordered = [...records.keys()].sort((a, b) =>
        a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
      const offsets = new Map<Element, number>();
      let offset = 0;
      for (const element of ordered) {
        offsets.set(element, offset);
        offset += records.get(element)!.textLength + BLOCK_SEPARATOR;
      }
      return offsets;
    },
    async refresh() {
      for (const element of [...records.keys()]) forget(element);
      await fullPass();
    },
  };
}

function claimsIn(items: readonly AnnotatedItem[]): number {
  let n = 0;
  for (const item of items) if (item.kind === 'claim') n += 1;
  return n;
}

/** [start, end) cut at every line break of the block's text, without empty runs. */
function ownRuns(text: string, start: number, end: number): [number, number][] {
  const runs: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i += 1) {
    if (text.charCodeAt(i) !== 10) continue;
    if (i > from) runs.push([from, i]);
    from = i + 1;
  }
  if (end > from) runs.push([from, end]);
  return runs;
}

/** The deepest element containing every request, so mark.js reads as little of the page as it can. */
function commonAncestor(requests: readonly MarkRequest[]): Element | null {
  let ancestor: Node | null = requests[0]!.start.node.parentNode;
  for (const request of requests) {
    for (const node of [request.start.node, request.end.node]) {
      while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentNode;
    }
  }
  return ancestor && ancestor.nodeType === 1 ? (ancestor as Element) : null;
}
