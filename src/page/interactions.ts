import { createCardHost, type CardAppearance, type CardHost } from './card-host.ts';
import type { CardContent } from '../ui/card/types.ts';

/**
 * How a reader reaches the hover card: pointer hover (after a delay), keyboard focus, Enter or
 * Space to open it with focus inside, click to pin. The card host is created on first use, so a
 * page where nobody opens a card gets no extra element. Every listener goes with the signal.
 */

export const HIGHLIGHT_SELECTOR = 'mark[data-mglens]';
const ACTIVE_ATTRIBUTE = 'data-mglens-active';
/** Time to travel from a highlight into the card before it closes. */
const HIDE_GRACE_MS = 300;

export interface InteractionOptions {
  doc?: Document;
  signal: AbortSignal;
  hoverDelayMs: () => number;
  appearance: () => Partial<CardAppearance>;
  /**
   * The card for a highlight, or null when the highlight is stale; a promise when its data must
   * be fetched first (called at the pointer's arrival too, to start that early).
   */
  contentFor: (mark: HTMLElement) => CardContent | null | Promise<CardContent | null>;
  /** All pieces of the sentence or term a highlight belongs to (a range may need several marks). */
  piecesOf: (mark: HTMLElement) => HTMLElement[];
}

export interface Interactions {
  /** Opens the card for a highlight, e.g. from the popup's claim list. */
  open(mark: HTMLElement, opts?: { focus?: boolean; pinned?: boolean }): void;
  close(): void;
  refreshAppearance(): void;
}

export function attachInteractions(options: InteractionOptions): Interactions {
  const doc = options.doc ?? document;
  const view = doc.defaultView ?? window;
  let host: CardHost | undefined;
  let current: HTMLElement | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  /** Counts requests to open: a card whose data arrives after a newer request (or a close) is not shown. */
  let opening = 0;
  /** The request a hover started (a pointer leaving the highlight cancels it), or -1. */
  let hoverRequest = -1;

  const clearTimers = () => {
    view.clearTimeout(showTimer);
    view.clearTimeout(hideTimer);
    showTimer = hideTimer = undefined;
    opening += 1;
  };

  const setActive = (mark: HTMLElement | undefined, on: boolean) => {
    if (!mark) return;
    for (const piece of options.piecesOf(mark)) {
      if (on) piece.setAttribute(ACTIVE_ATTRIBUTE, '');
      else piece.removeAttribute(ACTIVE_ATTRIBUTE);
    }
  };

  const ensureHost = (): CardHost => {
    host ??= createCardHost(doc, {
      appearance: options.appearance(),
      onHide: () => {
        setActive(current, false);
        current = undefined;
      },
      onPointerEnter: () => view.clearTimeout(hideTimer),
      onPointerLeave: () => scheduleHide(),
    });
    return host;
  };

  function open(mark: HTMLElement, opts: { focus?: boolean; pinned?: boolean } = {}, fromHover = false) {
    clearTimers();
    if (!mark.isConnected) return;
    const content = options.contentFor(mark);
    if (isPromise(content)) {
      const request = opening;
      hoverRequest = fromHover ? request : -1;
      void content.then((loaded) => {
        if (request === opening && !options.signal.aborted && mark.isConnected && loaded) show(mark, loaded, opts);
      });
    } else if (content) {
      show(mark, content, opts);
    }
  }

  function show(mark: HTMLElement, content: CardContent, opts: { focus?: boolean; pinned?: boolean }) {
    const card = ensureHost();
    if (current !== mark) setActive(current, false);
    current = mark;
    setActive(mark, true);
    card.show(content, mark.getBoundingClientRect(), opts);
  }

  function close() {
    clearTimers();
    host?.hide();
  }

  function scheduleHide() {
    view.clearTimeout(hideTimer);
    if (!host?.isOpen() || host.isPinned()) return;
    hideTimer = view.setTimeout(() => {
      if (!host?.isPinned()) host?.hide();
    }, HIDE_GRACE_MS);
  }

  // Duck-typed: instanceof fails for Firefox's Xray-wrapped page nodes.
  const highlightOf = (target: EventTarget | null): HTMLElement | null =>
    typeof (target as Element | null)?.closest === 'function'
      ? ((target as Element).closest(HIGHLIGHT_SELECTOR) as HTMLElement | null)
      : null;

  const sameItem = (a: HTMLElement | undefined, b: HTMLElement) => a !== undefined && options.piecesOf(a).includes(b);

  const onMouseOver = (event: MouseEvent) => {
    if (host?.contains(event.target as Node)) return;
    const mark = highlightOf(event.target);
    if (!mark) {
      view.clearTimeout(showTimer);
      if (hoverRequest === opening) opening += 1; // a card still loading for a highlight just left
      scheduleHide();
      return;
    }
    if (sameItem(current, mark) && host?.isOpen()) {
      view.clearTimeout(hideTimer);
      return;
    }
    if (host?.isPinned()) return; // a pinned card stays until closed or another is clicked
    view.clearTimeout(showTimer);
    void options.contentFor(mark); // starts fetching the card's data during the hover delay
    showTimer = view.setTimeout(() => open(mark, {}, true), Math.max(0, options.hoverDelayMs()));
  };

  const onFocusIn = (event: FocusEvent) => {
    const mark = highlightOf(event.target);
    if (mark) open(mark, { pinned: host?.isPinned() ?? false });
    else if (!host?.contains(event.target as Node)) scheduleHide();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const mark = highlightOf(event.target);
    if (!mark || event.target !== mark) return;
    event.preventDefault(); // Space would scroll the page
    open(mark, { focus: true, pinned: true });
  };

  const onClick = (event: MouseEvent) => {
    const mark = highlightOf(event.target);
    // Inside a link the click belongs to the link.
    if (!mark || mark.closest('a[href]')) return;
    if (sameItem(current, mark) && host?.isPinned()) close();
    else open(mark, { pinned: true });
  };

  const onScroll = () => {
    if (!host?.isOpen() || !current) return;
    if (!current.isConnected) return close();
    const rect = current.getBoundingClientRect();
    const visible = rect.bottom > 0 && rect.top < view.innerHeight;
    if (visible || host.isPinned()) host.reposition(rect);
    else close();
  };

  const listen = { signal: options.signal, passive: true } as const;
  doc.addEventListener('mouseover', onMouseOver, listen);
  doc.addEventListener('focusin', onFocusIn, listen);
  doc.addEventListener('click', onClick, listen);
  doc.addEventListener('keydown', onKeyDown, { signal: options.signal });
  view.addEventListener('scroll', onScroll, { ...listen, capture: true });
  options.signal.addEventListener('abort', () => {
    clearTimers();
    setActive(current, false);
    host?.destroy();
    host = undefined;
    current = undefined;
  });

  return {
    open,
    close,
    refreshAppearance: () => host?.setAppearance(options.appearance()),
  };
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | null)?.then === 'function';
}
