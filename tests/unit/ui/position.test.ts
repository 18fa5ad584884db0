import { describe, expect, it } from 'vitest';
import { placeCard, type AnchorRect } from '../../../src/ui/card/position.ts';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const anchorAt = (top: number, left: number, width = 80, height = 20): AnchorRect => ({
  top,
  left,
  bottom: top + height,
  right: left + width,
});
const opts = { gap: 6, margin: 8 };

describe('placeCard', () => {
  it('goes below the highlight, aligned with its left edge, when there is room', () => {
    expect(placeCard(anchorAt(100, 200), card, viewport, opts)).toEqual({
      top: 126,
      left: 200,
      placement: 'below',
      maxHeight: 800 - 8 - 126,
    });
  });

  it('flips above near the bottom edge', () => {
    const placed = placeCard(anchorAt(700, 200), card, viewport, opts);
    expect(placed.placement).toBe('above');
    expect(placed.top).toBe(700 - 6 - 200);
    expect(placed.maxHeight).toBe(700 - 6 - 8);
  });

  it('stays below when the card just fits above the bottom margin', () => {
    const anchor = anchorAt(800 - 8 - 200 - 6 - 20, 10);
    expect(placeCard(anchor, card, viewport, opts).placement).toBe('below');
    const oneLower = anchorAt(anchor.top + 1, 10);
    expect(placeCard(oneLower, card, viewport, opts).placement).toBe('above');
  });

  it('shifts left near the right edge', () => {
    const placed = placeCard(anchorAt(100, 900), card, viewport, opts);
    expect(placed.left).toBe(1000 - 8 - 300);
  });

  it('shifts right near the left edge (and for a highlight scrolled partly off to the left)', () => {
    expect(placeCard(anchorAt(100, 2), card, viewport, opts).left).toBe(8);
    expect(placeCard(anchorAt(100, -50), card, viewport, opts).left).toBe(8);
  });

  it('keeps the start edge in view when the card is wider than the viewport', () => {
    expect(placeCard(anchorAt(100, 100), { width: 600, height: 200 }, { width: 400, height: 800 }, opts).left).toBe(8);
  });

  it('takes the larger side and limits the height when it fits on neither', () => {
    const tall = { width: 300, height: 500 };
    const nearTop = placeCard(anchorAt(300, 100), tall, viewport, opts);
    expect(nearTop.placement).toBe('below');
    expect(nearTop.top).toBe(326);
    expect(nearTop.maxHeight).toBe(800 - 8 - 326);

    const nearBottom = placeCard(anchorAt(480, 100), tall, viewport, opts);
    expect(nearBottom.placement).toBe('above');
    expect(nearBottom.maxHeight).toBe(480 - 6 - 8);
    expect(nearBottom.top).toBe(8);
  });

  it('stays inside the viewport for a highlight scrolled out above or below', () => {
    const above = placeCard(anchorAt(-300, 100), card, viewport, opts);
    expect(above.placement).toBe('below');
    expect(above.top).toBe(8);
    const below = placeCard(anchorAt(1200, 100), card, viewport, opts);
    expect(below.placement).toBe('above');
    expect(below.top).toBe(800 - 8 - 200);
  });

  it('overlaps a highlight taller than the viewport instead of squeezing to nothing', () => {
    const placed = placeCard({ top: -100, left: 50, bottom: 900, right: 600 }, card, viewport, opts);
    expect(placed.top).toBeGreaterThanOrEqual(8);
    expect(placed.top + card.height).toBeLessThanOrEqual(800 - 8);
    expect(placed.maxHeight).toBe(800 - 16);
  });

  it('keeps every result inside the viewport and off the highlight across a sweep of anchors', () => {
    for (let top = -100; top <= 900; top += 37) {
      for (let left = -100; left <= 1100; left += 53) {
        const p = placeCard(anchorAt(top, left), card, viewport, opts);
        const height = Math.min(card.height, p.maxHeight);
        expect(p.left).toBeGreaterThanOrEqual(8);
        expect(p.left + card.width).toBeLessThanOrEqual(1000 - 8);
        expect(p.top).toBeGreaterThanOrEqual(8);
        expect(p.top + height).toBeLessThanOrEqual(800 - 8);
        const anchor = anchorAt(top, left);
        if (anchor.top >= 0 && anchor.bottom <= 800) {
          // The highlight the reader is pointing at is never covered.
          expect(p.top >= anchor.bottom || p.top + height <= anchor.top).toBe(true);
        }
      }
    }
  });
});
