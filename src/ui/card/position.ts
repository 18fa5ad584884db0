/**
 * Where the hover card goes, as a pure function of three boxes, so every edge case is a unit test
 * and the DOM side only measures and applies. Coordinates are viewport pixels (position: fixed).
 */

export interface AnchorRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

export type Placement = 'below' | 'above';

export interface CardPlacement {
  top: number;
  left: number;
  placement: Placement;
  /** Room on the chosen side; the card scrolls inside this height rather than leave the viewport. */
  maxHeight: number;
}

export interface PlaceOptions {
  /** Between the highlight and the card, so the highlight stays visible. */
  gap?: number;
  /** Kept free at every viewport edge. */
  margin?: number;
  /**
   * Below this much room on both sides (a highlight taller than the viewport), the card stops
   * avoiding the highlight and overlaps it, using the whole viewport height.
   */
  minRoom?: number;
}

function clamp(value: number, min: number, max: number): number {
  // When the box is larger than the room, the start edge wins: the card's header stays visible.
  return Math.max(min, Math.min(value, max));
}

export function placeCard(
  anchor: AnchorRect,
  card: BoxSize,
  viewport: BoxSize,
  { gap = 6, margin = 8, minRoom = 120 }: PlaceOptions = {},
): CardPlacement {
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;

  // Reading goes downward, so below is preferred; above only when below is too small and above
  // is not; when neither fits, the larger side, and the card scrolls within it.
  const placement: Placement =
    card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const side = placement === 'below' ? roomBelow : roomAbove;
  const room = side >= Math.min(card.height, minRoom) ? side : viewport.height - 2 * margin;
  const height = Math.min(card.height, room);
  const wantedTop = placement === 'below' ? anchor.bottom + gap : anchor.top - gap - height;

  const maxTop = viewport.height - margin - height;
  const maxLeft = viewport.width - margin - card.width;
  return {
    top: Math.round(clamp(wantedTop, margin, maxTop)),
    left: Math.round(clamp(anchor.left, margin, maxLeft)),
    placement,
    maxHeight: Math.max(0, Math.floor(room)),
  };
}
