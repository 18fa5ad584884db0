// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachInteractions } from '../../../src/page/interactions.ts';
import type { CardContent } from '../../../src/ui/card/types.ts';

const content = {
  kind: 'term',
  conceptId: 'magnesium',
  displayName: 'magnesium',
  claims: [],
  locale: 'en',
  sources: [],
  sourceHref: () => '#',
} satisfies CardContent;

const host = () => document.querySelector('[data-mglens-ui]');

describe('reaching the hover card', () => {
  let controller: AbortController;
  let mark: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<p>Read <mark data-mglens="claim" tabindex="0" id="m">magnesium helps</mark>.</p><input id="i">';
    mark = document.getElementById('m')!;
    controller = new AbortController();
    attachInteractions({
      signal: controller.signal,
      hoverDelayMs: () => 300,
      appearance: () => ({}),
      contentFor: () => content,
      piecesOf: (m) => [m],
    });
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('opens only after the hover delay, and adds nothing to the page before that', () => {
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(200);
    expect(host()).toBeNull();
    vi.advanceTimersByTime(150);
    expect(host()).not.toBeNull();
    expect(mark.hasAttribute('data-mglens-active')).toBe(true);
  });

  it('does not open when the pointer leaves before the delay', () => {
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(host()).toBeNull();
  });

  it('opens on keyboard focus at once, without taking focus from the highlight', () => {
    mark.focus();
    expect(host()).not.toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('keeps focus in the field the user is typing in when a hover opens a card', () => {
    const input = document.getElementById('i') as HTMLInputElement;
    input.focus();
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(400);
    expect(host()).not.toBeNull();
    expect(document.activeElement).toBe(input);
  });

  it('removes the card, its host and the active state when aborted', () => {
    mark.focus();
    controller.abort();
    expect(host()).toBeNull();
    expect(mark.hasAttribute('data-mglens-active')).toBe(false);
  });
});
