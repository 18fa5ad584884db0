import type { BundleClaim, ClaimBundle, Grade } from '../claims/schema.ts';
import type { UiLocale } from '../i18n/locale.ts';
import type { CardContent } from '../ui/card/types.ts';
import type { OpenSource, SourceHref } from '../ui/common/types.ts';
import type { AnnotatedItem } from './annotator.ts';

/** A term card lists this many claims, strongest first; the explorer has the rest. */
export const TERM_CARD_CLAIMS = 8;

const RANK: Record<Grade, number> = { high: 3, moderate: 2, low: 1, 'very-low': 0 };

export interface CardContext {
  bundle: ClaimBundle;
  claimsById: ReadonlyMap<string, BundleClaim>;
  locale: UiLocale;
  sourceHref: SourceHref;
  onOpenSource?: OpenSource;
}

/** Strongest first, then the best corroborated; ties keep the database's order. */
export function claimsAbout(bundle: ClaimBundle, concept: string): BundleClaim[] {
  return bundle.claims
    .filter((claim) => (claim.concepts as readonly string[]).includes(concept))
    .sort((a, b) => RANK[b.strength.grade] - RANK[a.strength.grade] || b.strength.supporting - a.strength.supporting);
}

export function cardContentFor(item: AnnotatedItem, context: CardContext): CardContent | null {
  const shared = {
    locale: context.locale,
    sources: context.bundle.sources,
    sourceHref: context.sourceHref,
    ...(context.onOpenSource ? { onOpenSource: context.onOpenSource } : {}),
  };
  if (item.kind === 'claim') {
    const claim = item.claimId ? context.claimsById.get(item.claimId) : undefined;
    if (!claim) return null;
    return { kind: 'claim', claim, polarity: item.polarity ?? 'affirms', sentence: item.text, ...shared };
  }
  if (!item.concept) return null;
  return {
    kind: 'term',
    conceptId: item.concept,
    // The term as the page writes it: always in the reader's page language, never a guess.
    displayName: item.text,
    claims: claimsAbout(context.bundle, item.concept).slice(0, TERM_CARD_CLAIMS),
    ...shared,
  };
}
