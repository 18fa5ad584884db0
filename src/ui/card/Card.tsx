import { ClaimCard } from './ClaimCard.tsx';
import { TermCard } from './TermCard.tsx';
import type { CardProps } from './types.ts';

/** Either card kind, chosen by the content; what the shadow-root host renders. */
export function Card({ content, ...controls }: CardProps) {
  if (content.kind === 'claim') {
    const { kind, ...claim } = content;
    return <ClaimCard {...claim} {...controls} />;
  }
  const { kind, ...term } = content;
  return <TermCard {...term} {...controls} />;
}
