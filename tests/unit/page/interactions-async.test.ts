// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { attachInteractions, type Interactions } from '../../../src/page/interactions.ts';
import type { CardContent } from '../../../src/ui/card/types.ts';
import { claim, sourceHref, sources } from '../ui/fixtures.ts';

/** Card data that arrives later, as it does from the background: one pending answer per highlight. */

const content: CardContent = { kind: 'claim', claim, polarity: 'affirms', sentence: 'magnesium helps', locale: 'en', sources, sourceHref };

type Pending = { promise: Promise<CardContent | null>; resolve: (value: CardContent | null) => void };

function pending(): Pending {
  let resolve!: Pending['resolve'];
  const promise = new Promise<CardContent | null>((r) => (resolve = r));
  return { promise, resolve };
}

const host = () => document.querySelector('[data-mglens-ui]');
const isActive = (mark: HTMLElement) => mark.hasAttribute('data-mglens-active');
/** Lets the promise callbacks run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const hover = (target: Element) => target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));

describe('a hover card whose data is fetched', () => {
  let controller: AbortController;
  let interactions: Interactions;
  let first: HTMLElement;
  let second: HTMLElement;
  let answers: Map<HTMLElement, Pending>;
  let contentFor: Mock<(mark: HTMLElement) => Promise<CardContent | null>>;
  /** The answer for a highlight; asking twice gives the same request, as the card-content cache does. */
  const answer = (mark: HTMLElement) => {
    if (!answers.has(mark)) answers.set(mark, pending());
    return answers.get(mark)!;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<p><mark data-mglens="claim" tabindex="0" id="a">magnesium helps</mark> and <mark data-mglens="term" tabindex="0" id="b">migraine</mark>.</p>';
    first = document.getElementById('a')!;
    second = document.getElementById('b')!;
    answers = new Map();
    contentFor = vi.fn((mark: HTMLElement) => answer(mark).promise);
    controller = new AbortController();
    interactions = attachInteractions({
      signal: controller.signal,
      hoverDelayMs: () => 300,
      appearance: () => ({}),
      contentFor,
      piecesOf: (m) => [m],
    });
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('opens the card on focus once the data arrives, not before', async () => {
    first.focus();
    expect(contentFor).toHaveBeenCalledWith(first);
    await settle();
    expect(host()).toBeNull();
    answer(first).resolve(content);
    await settle();
    expect(host()).not.toBeNull();
    expect(isActive(first)).toBe(true);
    expect(document.activeElement).toBe(first);
  });

  it.each([
    ['it is closed', () => interactions.close()],
    ['the page session ends', () => controller.abort()],
  ])('shows no card when %s before the data arrives', async (_, stop) => {
    first.focus();
    stop();
    answer(first).resolve(content);
    await settle();
    expect(host()).toBeNull();
    expect(isActive(first)).toBe(false);
  });

  it('shows no card when the data says the highlight is stale', async () => {
    first.focus();
    answer(first).resolve(null);
    await settle();
    expect(host()).toBeNull();
  });

  it('starts fetching when the pointer arrives, and opens after the hover delay', async () => {
    hover(first);
    expect(contentFor).toHaveBeenCalledWith(first);
    // The answer comes back during the delay; the card still waits for the delay.
    answer(first).resolve(content);
    await vi.advanceTimersByTimeAsync(200);
    expect(host()).toBeNull();
    await vi.advanceTimersByTimeAsync(150);
    expect(host()).not.toBeNull();
    expect(isActive(first)).toBe(true);
  });

  it('shows no card when the pointer has left before the data arrives', async () => {
    hover(first);
    await vi.advanceTimersByTimeAsync(350);
    hover(document.body);
    answer(first).resolve(content);
    await settle();
    expect(host()).toBeNull();
  });

  it('shows no card for a highlight the pointer left while another card was open', async () => {
    hover(first);
    answer(first).resolve(content);
    await vi.advanceTimersByTimeAsync(350);
    expect(isActive(first)).toBe(true);
    hover(second);
    await vi.advanceTimersByTimeAsync(350);
    hover(document.body);
    await vi.advanceTimersByTimeAsync(400);
    answer(second).resolve(content);
    await vi.advanceTimersByTimeAsync(5000);
    expect(isActive(second)).toBe(false);
  });

  it('still opens a card asked for with the keyboard when the pointer wanders meanwhile', async () => {
    first.focus();
    hover(document.body);
    answer(first).resolve(content);
    await settle();
    expect(isActive(first)).toBe(true);
  });

  it('shows the card asked for last when an older answer arrives after it', async () => {
    first.focus();
    second.focus();
    answer(second).resolve(content);
    await settle();
    answer(first).resolve(content);
    await settle();
    expect(isActive(second)).toBe(true);
    expect(isActive(first)).toBe(false);
  });
});
