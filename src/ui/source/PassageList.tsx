import type { Claim } from '../../claims/schema.ts';
import { StanceLabel } from '../common/StanceLabel.tsx';
import { useTranslator } from '../common/translator-context.ts';
import { sourceViewerHref } from './href.ts';
import type { Passage } from './request.ts';

/**
 * The quoted passages as a list of links to themselves: a keyboard and screen-reader route to each
 * mark, which the marks' hover titles alone do not give. Links point only at this page.
 */
export function PassageList({
  sourceId,
  claims,
  requested,
  lang,
}: {
  sourceId: string;
  claims: readonly Claim[];
  requested?: Passage;
  lang: string;
}) {
  const t = useTranslator();
  const items = claims
    .flatMap((claim) => claim.evidence.filter((e) => e.source === sourceId).map((evidence) => ({ claim, evidence })))
    .sort((a, b) => a.evidence.start - b.evidence.start || a.claim.id.localeCompare(b.claim.id));
  if (items.length === 0) return <p class="mg-empty">{t('explorer.passagesNone')}</p>;
  return (
    <ol class="passage-list">
      {items.map(({ claim, evidence }) => {
        const current = requested?.start === evidence.start && requested.end === evidence.end;
        return (
          <li key={`${claim.id}:${evidence.start}`} class="passage-list__item">
            <p class="passage-list__claim">
              <StanceLabel stance={evidence.stance} /> {claim.statement[t.locale]}
            </p>
            <a
              class="mg-link passage-list__quote"
              lang={lang}
              href={sourceViewerHref(sourceId, evidence.start, evidence.end)}
              aria-current={current ? 'location' : undefined}
            >
              {evidence.quote}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
