// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { createCardHost, type CardHost, type CardHostOptions } from '../../../src/page/card-host.ts';
import type { ClaimCardContent, TermCardContent } from '../../../src/ui/card/types.ts';
import { claim, HOSTILE, sourceHref, sources, strongClaim } from '../ui/fixtures.ts';

// Vitest hands CSS imports over as empty strings; give the host the real files so the test can
// see that both stylesheets reach the shadow root.
vi.mock('../../../src/ui/card/card.css?inline', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  return { default: readFileSync(join(import.meta.dirname, '../../../src/ui/card/card.css'), 'utf8') };
});
vi.mock('../../../src/ui/common/common.css?inline', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  return { default: readFileSync(join(import.meta.dirname, '../../../src/ui/common/common.css'), 'utf8') };
});

const claimContent: ClaimCardContent = {
  kind: 'claim',
  claim,
  sources,
  sourceHref,
  polarity: 'denies',
  sentence: `Magnesium does not help ${HOSTILE}.`,
  locale: 'nb',
};
const termContent: TermCardContent = {
  kind: 'term',
  conceptId: 'magnesium',
  displayName: 'magnesium',
  claims: [strongClaim],
  sources,
  sourceHref,
  locale: 'en',
};
const anchor = { top: 100, left: 50, bottom: 120, right: 200 };

let host: CardHost | undefined;
let shadow: ShadowRoot | undefined;
let attachSpy: ReturnType<typeof vi.spyOn> | undefined;

/** The closed root, seen the only way a test can: by watching attachShadow's return value. */
function create(options: CardHostOptions = {}) {
  const original = Element.prototype.attachShadow;
  attachSpy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    shadow = original.call(this, init);
    return shadow;
  });
  host = createCardHost(document, options);
  attachSpy.mockRestore();
  return host;
}

const hostElement = () => document.querySelector<HTMLElement>('[data-mglens-ui]');
const card = () => shadow?.querySelector<HTMLElement>('.mg-card') ?? null;
const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

beforeEach(() => {
  document.body.innerHTML = '<p>Some <mark tabindex="0" id="hl">magnesium</mark> text</p><input id="field">';
});
afterEach(() => {
  host?.destroy();
  host = undefined;
  shadow = undefined;
});

describe('createCardHost', () => {
  it('adds one marked host with a closed shadow root holding both stylesheets', () => {
    create();
    const hosts = document.querySelectorAll('[data-mglens-ui]');
    expect(hosts).toHaveLength(1);
    const element = hosts[0] as HTMLElement;
    expect(element.parentNode).toBe(document.documentElement);
    expect(element.shadowRoot).toBeNull();
    expect(element.getAttribute('style')).toContain('z-index: 2147483647 !important');
    const css = shadow!.querySelector('style')!.textContent!;
    expect(css).toMatch(/:host\s*\{\s*all:\s*initial/);
    expect(css).toContain('.mg-badge');
    expect(shadow!.querySelector('.mg-ui')?.getAttribute('data-theme')).toBe('auto');
    expect(card()).toBeNull();
  });

  it('renders the card inside the shadow root only, with page text as text', () => {
    create().show(claimContent, anchor);
    expect(host!.isOpen()).toBe(true);
    expect(card()?.getAttribute('role')).toBe('dialog');
    expect(shadow!.textContent).toContain(claim.statement.nb);
    expect(shadow!.textContent).toContain('Denne siden avviser påstanden.');
    expect(shadow!.textContent).toContain(HOSTILE);
    expect(shadow!.querySelector('img')).toBeNull();
    expect(document.body.textContent).not.toContain(claim.statement.nb);
  });

  it('renders the term card variant', () => {
    create().show(termContent, anchor);
    expect(shadow!.querySelector('h2')?.textContent).toBe('magnesium');
    expect(shadow!.querySelectorAll('.mg-term-claim')).toHaveLength(1);
  });

  it('places the card with position: fixed values from placeCard, flipping above near the bottom', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      x: 0, y: 0, top: 0, left: 0, bottom: 200, right: 300, width: 300, height: 200, toJSON: () => ({}),
    });
    create();
    host!.show(claimContent, anchor);
    expect(card()?.dataset.placement).toBe('below');
    expect(card()?.style.top).toBe('126px');
    expect(card()?.style.left).toBe('50px');

    const nearBottom = { top: window.innerHeight - 30, bottom: window.innerHeight - 10, left: window.innerWidth - 20, right: window.innerWidth };
    host!.reposition(nearBottom);
    expect(card()?.dataset.placement).toBe('above');
    expect(card()?.style.top).toBe('auto');
    expect(card()?.style.bottom).toBe(`${30 + 6}px`);
    expect(card()?.style.left).toBe(`${window.innerWidth - 8 - 300}px`);
  });

  it('does not take focus on hover, nor from a field the reader is typing in', () => {
    create();
    const field = document.getElementById('field') as HTMLInputElement;
    field.focus();
    host!.show(claimContent, anchor);
    expect(document.activeElement).toBe(field);
    host!.show(claimContent, anchor, { focus: true });
    expect(document.activeElement).toBe(field);
    expect(shadow!.activeElement).toBeNull();
  });

  it('moves focus into the card on the keyboard path and gives it back on Escape', () => {
    create();
    const mark = document.getElementById('hl')!;
    mark.focus();
    host!.show(claimContent, anchor, { focus: true });
    expect(shadow!.activeElement).toBe(card());
    expect(document.activeElement).toBe(hostElement());

    // Escape inside the card closes it and is not passed on to the page's own handlers.
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    act(() => {
      press(shadow!.querySelector('button')!, 'Escape');
    });
    document.removeEventListener('keydown', pageSaw);
    expect(host!.isOpen()).toBe(false);
    expect(card()).toBeNull();
    expect(pageSaw).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(mark);
  });

  it('keeps focus in the card when a new card replaces the focused one', () => {
    create();
    const mark = document.getElementById('hl')!;
    mark.focus();
    host!.show(claimContent, anchor, { focus: true });
    host!.show(termContent, anchor);
    expect(shadow!.activeElement).toBe(card());
    press(document.body, 'Escape');
    expect(document.activeElement).toBe(mark);
  });

  it('closes on Escape anywhere in the page while open, and stops listening once closed', () => {
    const onHide = vi.fn();
    create({ onHide });
    host!.show(claimContent, anchor);
    const event = press(document.body, 'Escape');
    expect(host!.isOpen()).toBe(false);
    expect(onHide).toHaveBeenCalledWith('escape');
    // The page's own Escape handling is left alone.
    expect(event.defaultPrevented).toBe(false);

    const removed = vi.spyOn(document, 'addEventListener');
    press(document.body, 'Escape');
    expect(onHide).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });

  it('ignores Escape while an input method is composing', () => {
    create().show(claimContent, anchor);
    press(document.getElementById('field')!, 'Escape', { isComposing: true });
    expect(host!.isOpen()).toBe(true);
  });

  it('pins and unpins with the pin button, and closes with the close button', async () => {
    const onPinnedChange = vi.fn();
    const onHide = vi.fn();
    create({ onPinnedChange, onHide }).show(claimContent, anchor);
    const pin = () => shadow!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    expect(host!.isPinned()).toBe(false);
    await act(() => pin().click());
    expect(host!.isPinned()).toBe(true);
    expect(pin().getAttribute('aria-pressed')).toBe('true');
    expect(onPinnedChange).toHaveBeenLastCalledWith(true);
    await act(() => pin().click());
    expect(host!.isPinned()).toBe(false);

    host!.show(claimContent, anchor, { pinned: true });
    expect(pin().getAttribute('aria-pressed')).toBe('true');
    await act(() => shadow!.querySelector<HTMLButtonElement>('button:not([aria-pressed])')!.click());
    expect(host!.isOpen()).toBe(false);
    expect(host!.isPinned()).toBe(false);
    expect(onHide).toHaveBeenCalledWith('close-button');
  });

  it('starts each shown card afresh and keeps a single card', async () => {
    create().show(termContent, anchor);
    await act(() => shadow!.querySelector<HTMLButtonElement>('.mg-disclosure')!.click());
    expect(shadow!.querySelector('.mg-disclosure')?.getAttribute('aria-expanded')).toBe('true');
    host!.show(termContent, anchor);
    expect(shadow!.querySelectorAll('.mg-card')).toHaveLength(1);
    expect(shadow!.querySelector('.mg-disclosure')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('tells the host and its contents apart from the page', () => {
    create().show(claimContent, anchor);
    expect(host!.contains(hostElement())).toBe(true);
    expect(host!.contains(card())).toBe(true);
    expect(host!.contains(document.getElementById('hl'))).toBe(false);
    expect(host!.contains(document.body)).toBe(false);
    expect(host!.contains(null)).toBe(false);
  });

  it('applies the style and theme choices to the themed root', () => {
    create({ appearance: { style: 'high-contrast' } });
    const root = shadow!.querySelector('.mg-ui')!;
    expect(root.getAttribute('data-style')).toBe('high-contrast');
    host!.setAppearance({ theme: 'dark' });
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute('data-style')).toBe('high-contrast');
  });

  it('reports the pointer entering and leaving the card', () => {
    const onPointerEnter = vi.fn();
    const onPointerLeave = vi.fn();
    create({ onPointerEnter, onPointerLeave }).show(claimContent, anchor);
    const root = shadow!.querySelector('.mg-ui')!;
    root.dispatchEvent(new Event('pointerenter'));
    root.dispatchEvent(new Event('pointerleave'));
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
    expect(onPointerLeave).toHaveBeenCalledTimes(1);
  });

  it('destroy leaves the document as it was and removes every listener', () => {
    const before = document.documentElement.outerHTML;
    const added: unknown[] = [];
    const removed: unknown[] = [];
    vi.spyOn(document, 'addEventListener').mockImplementation(function (this: Document, ...args) {
      added.push(args[1]);
      return EventTarget.prototype.addEventListener.apply(this, args);
    });
    vi.spyOn(document, 'removeEventListener').mockImplementation(function (this: Document, ...args) {
      removed.push(args[1]);
      return EventTarget.prototype.removeEventListener.apply(this, args);
    });
    const onHide = vi.fn();
    create({ onHide }).show(claimContent, anchor);
    const shadowRoot = shadow!;
    host!.destroy();

    expect(document.documentElement.outerHTML).toBe(before);
    expect(hostElement()).toBeNull();
    expect(shadowRoot.querySelector('.mg-card')).toBeNull();
    expect(added.length).toBeGreaterThan(0);
    expect(removed).toEqual(expect.arrayContaining(added));
    press(document.body, 'Escape');
    expect(onHide).not.toHaveBeenCalled();

    host!.show(claimContent, anchor);
    expect(hostElement()).toBeNull();
    expect(host!.isOpen()).toBe(false);
    host!.destroy();
  });
});
