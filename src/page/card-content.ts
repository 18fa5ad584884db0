import type { UiLocale } from '../i18n/locale.ts';
import type { CardData, CardSubject } from '../settings/match-schemas.ts';
import type { CardContent } from '../ui/card/types.ts';
import type { OpenSource, SourceHref } from '../ui/common/types.ts';
import type { AnnotatedItem } from './annotator.ts';

/**
 * What a highlight's card shows. The claim database stays in the background; a card's claims,
 * quotes and sources are asked for when the card is about to open (the pointer reaching a
 * highlight starts the request, so it is usually back before the hover delay is over) and kept
 * for the life of the page.
 */

export interface CardContext {
  locale: UiLocale;
  sourceHref: SourceHref;
  onOpenSource?: OpenSource;
  /** Asks the background for a card's data. */
  fetchCard: (subject: CardSubject) => Promise<CardData>;
}

export type CardContentFor = (item: AnnotatedItem) => CardContent | null | Promise<CardContent | null>;

export function createCardContent(context: CardContext): CardContentFor {
  const cache = new Map<string, Promise<CardData>>();
  const shared = {
    locale: context.locale,
    sourceHref: context.sourceHref,
    ...(context.onOpenSource ? { onOpenSource: context.onOpenSource } : {}),
  };

  function dataFor(subject: CardSubject): Promise<CardData> {
    const key = subject.kind === 'claim' ? `claim:${subject.claimId}` : `term:${subject.concept}`;
    let data = cache.get(key);
    if (!data) {
      data = context.fetchCard(subject);
      cache.set(key, data);
      // A failed request is asked again next time (the background may have been restarting).
      data.catch(() => cache.delete(key));
    }
    return data;
  }

  return async (item) => {
    if (item.kind === 'claim') {
      if (!item.claimId) return null;
      const data = await dataFor({ kind: 'claim', claimId: item.claimId }).catch(() => null);
      const claim = data?.claims.find((c) => c.id === item.claimId);
      if (!data || !claim) return null;
      return { kind: 'claim', claim, polarity: item.polarity ?? 'affirms', sentence: item.text, sources: data.sources, ...shared };
    }
    if (!item.concept) return null;
    const data = await dataFor({ kind: 'term', concept: item.concept }).catch(() => null);
    if (!data) return null;
    return {
      kind: 'term',
      conceptId: item.concept,
      // The term as the page writes it: always in the reader's page language, never a guess.
      displayName: item.text,
      claims: data.claims,
      sources: data.sources,
      ...shared,
    };
  };
}
