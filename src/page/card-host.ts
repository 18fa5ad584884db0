import { h, render } from 'preact';
import cardCss from '../ui/card/card.css?inline';
import { Card } from '../ui/card/Card.tsx';
import { placeCard, type AnchorRect } from '../ui/card/position.ts';
import type { CardContent } from '../ui/card/types.ts';
import commonCss from '../ui/common/common.css?inline';

/**
 * The one element MgLens adds to a page for its hover card. The card lives in a closed shadow
 * root: page scripts cannot read or change it and page CSS cannot style it. The text index and
 * the mark adapter skip everything under `[data-mglens-ui]`.
 */

export const CARD_HOST_ATTRIBUTE = 'data-mglens-ui';

export interface CardAppearance {
  /** `default` is the colour-blind-safe palette; `high-contrast` is black/white with thick borders. */
  style: 'default' | 'high-contrast';
  /** `auto` follows the system's prefers-color-scheme. */
  theme: 'auto' | 'light' | 'dark';
}

export interface ShowOptions {
  pinned?: boolean;
  /**
   * Move focus into the card: only for the keyboard path (a focused highlight). Ignored while the
   * user is typing in a field, and never implied by hover.
   */
  focus?: boolean;
}

export type HideReason = 'escape' | 'close-button' | 'api';

export interface CardHostOptions {
  appearance?: Partial<CardAppearance>;
  /** After the card closes by any route, e.g. to clear the highlight's active state. */
  onHide?: (reason: HideReason) => void;
  /** When the reader toggles the pin button. */
  onPinnedChange?: (pinned: boolean) => void;
  /** Pointer entering/leaving the card, for the caller's hover-intent timers. */
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

export interface CardHost {
  show(content: CardContent, anchorRect: AnchorRect, opts?: ShowOptions): void;
  hide(): void;
  /** Places the open card against a new anchor (after scrolling or layout changes). */
  reposition(anchorRect: AnchorRect): void;
  isOpen(): boolean;
  isPinned(): boolean;
  /** True for the host and anything in it; events from inside the card reach the page retargeted to the host. */
  contains(node: Node | null | undefined): boolean;
  setAppearance(appearance: Partial<CardAppearance>): void;
  /** Unmounts Preact, removes the host and every listener. The host cannot be used afterwards. */
  destroy(): void;
}

// Inline and !important: page rules that match the host (`* {}`, `html > *`) lose to these,
// and the transform/filter resets keep position: fixed relative to the viewport.
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'transform: none',
  'filter: none',
  'contain: none',
  'pointer-events: none',
  'z-index: 2147483647',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

const NON_TEXT_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'range', 'color', 'file', 'hidden']);

/** The element that really has focus, looking through open shadow roots (editors often use them). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isTypingTarget(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has((element as HTMLInputElement).type);
  return (element as HTMLElement).isContentEditable === true;
}

// Duck-typed: `instanceof HTMLElement` fails across windows and for Firefox's Xray-wrapped nodes.
function isFocusable(element: Element | null): element is HTMLElement {
  return typeof (element as HTMLElement | null)?.focus === 'function';
}

function viewportSize(doc: Document): { width: number; height: number } {
  const view = doc.defaultView;
  const html = doc.documentElement;
  // clientWidth/Height exclude scrollbars in standards mode; in quirks mode they measure the whole
  // document, so the smaller of the two is the visible area either way.
  const pick = (client: number, inner: number | undefined) => Math.min(client || Infinity, inner || Infinity);
  const width = pick(html.clientWidth, view?.innerWidth);
  const height = pick(html.clientHeight, view?.innerHeight);
  return { width: Number.isFinite(width) ? width : 0, height: Number.isFinite(height) ? height : 0 };
}

export function createCardHost(doc: Document = document, options: CardHostOptions = {}): CardHost {
  const host = doc.createElement('mglens-ui');
  host.setAttribute(CARD_HOST_ATTRIBUTE, 'card');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });

  const style = doc.createElement('style');
  style.textContent = `${commonCss}\n${cardCss}`;
  const root = doc.createElement('div');
  root.className = 'mg-ui';
  shadow.append(style, root);
  (doc.documentElement ?? doc.body).append(host);

  let appearance: CardAppearance = { style: 'default', theme: 'auto', ...options.appearance };
  let content: CardContent | null = null;
  let anchor: AnchorRect | null = null;
  let pinned = false;
  // Each show() gets a fresh component tree, so per-card state (expanded term claims) starts over.
  let generation = 0;
  let returnFocusTo: HTMLElement | null = null;
  let destroyed = false;

  const applyAppearance = () => {
    root.dataset.style = appearance.style;
    root.dataset.theme = appearance.theme;
  };
  applyAppearance();

  const setPinned = (value: boolean) => {
    pinned = value;
    draw();
    options.onPinnedChange?.(value);
  };

  function draw() {
    if (!content) {
      render(null, root);
      return;
    }
    render(
      h(Card, {
        key: generation,
        content,
        pinned,
        onPinnedChange: setPinned,
        onClose: () => close('close-button'),
      }),
      root,
    );
  }

  function place() {
    const card = root.querySelector<HTMLElement>('.mg-card');
    if (!card || !anchor) return;
    // Measure at the natural size, unconstrained by the previous placement. All of this runs
    // before the next paint, so the card is never seen at 0,0 (and is not hidden meanwhile,
    // which could cost it focus).
    card.style.maxHeight = '';
    card.style.top = '0px';
    card.style.bottom = 'auto';
    card.style.left = '0px';
    const size = card.getBoundingClientRect();
    const viewport = viewportSize(doc);
    const placed = placeCard(anchor, { width: size.width, height: size.height }, viewport);
    card.style.left = `${placed.left}px`;
    card.style.maxHeight = `${placed.maxHeight}px`;
    if (placed.placement === 'above') {
      // Pinned to its bottom edge, so a card that grows (an expanded claim) grows away from the highlight.
      const height = Math.min(size.height, placed.maxHeight);
      card.style.top = 'auto';
      card.style.bottom = `${viewport.height - (placed.top + height)}px`;
    } else {
      card.style.top = `${placed.top}px`;
    }
    card.dataset.placement = placed.placement;
  }

  const onDocumentKeydown = (event: KeyboardEvent) => {
    // Observes only: the page still gets its own Escape (it may be closing something of its own).
    if (event.key === 'Escape' && !event.isComposing) close('escape');
  };
  const onShadowKeydown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Escape' || key.isComposing) return;
    // An Escape pressed inside the card was meant for the card, not for the page's own dialogs.
    event.stopPropagation();
    close('escape');
  };
  const onResize = () => place();
  const onPointerEnter = () => options.onPointerEnter?.();
  const onPointerLeave = () => options.onPointerLeave?.();

  shadow.addEventListener('keydown', onShadowKeydown);
  root.addEventListener('pointerenter', onPointerEnter);
  root.addEventListener('pointerleave', onPointerLeave);

  function listenWhileOpen(on: boolean) {
    const method = on ? 'addEventListener' : 'removeEventListener';
    // Capture: seen before page handlers can stop the event.
    doc[method]('keydown', onDocumentKeydown as EventListener, true);
    doc.defaultView?.[method]('resize', onResize);
  }

  function close(reason: HideReason) {
    if (!content) return;
    const focusWasInside = shadow.activeElement !== null;
    content = null;
    anchor = null;
    pinned = false;
    draw();
    listenWhileOpen(false);
    // Give focus back only if the card had it; otherwise the reader's focus was elsewhere and stays.
    if (focusWasInside && returnFocusTo?.isConnected) returnFocusTo.focus({ preventScroll: true });
    returnFocusTo = null;
    options.onHide?.(reason);
  }

  return {
    show(next, anchorRect, opts = {}) {
      if (destroyed) return;
      const wasOpen = content !== null;
      // Replacing the card replaces its elements; a reader who was inside it stays inside it.
      const focusWasInside = shadow.activeElement !== null;
      content = next;
      anchor = anchorRect;
      pinned = opts.pinned ?? false;
      generation += 1;
      draw();
      place();
      if (!wasOpen) listenWhileOpen(true);
      const active = deepActiveElement(doc);
      if (focusWasInside || (opts.focus && !isTypingTarget(active))) {
        if (!focusWasInside) returnFocusTo = isFocusable(active) && active !== host ? active : null;
        root.querySelector<HTMLElement>('.mg-card')?.focus({ preventScroll: true });
      }
    },
    hide() {
      close('api');
    },
    reposition(anchorRect) {
      if (!content) return;
      anchor = anchorRect;
      place();
    },
    isOpen: () => content !== null,
    isPinned: () => content !== null && pinned,
    contains(node) {
      return !!node && (node === host || host.contains(node) || shadow.contains(node));
    },
    setAppearance(next) {
      appearance = { ...appearance, ...next };
      applyAppearance();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      listenWhileOpen(false);
      shadow.removeEventListener('keydown', onShadowKeydown);
      root.removeEventListener('pointerenter', onPointerEnter);
      root.removeEventListener('pointerleave', onPointerLeave);
      content = null;
      render(null, root);
      host.remove();
      returnFocusTo = null;
    },
  };
}
