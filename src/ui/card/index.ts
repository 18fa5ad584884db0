// The hover card: what the content script's host renders, and the pure placement it uses.
export { Card } from './Card.tsx';
export { ClaimCard } from './ClaimCard.tsx';
export { TermCard } from './TermCard.tsx';
export { placeCard, type AnchorRect, type BoxSize, type CardPlacement, type Placement, type PlaceOptions } from './position.ts';
export type * from './types.ts';
