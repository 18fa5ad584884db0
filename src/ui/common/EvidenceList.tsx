import { EvidenceItem } from './EvidenceItem.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import type { EvidenceView, OpenSource, SourceHref, SourceView, Stance } from './types.ts';
import { useTranslator } from './translator-context.ts';

const GROUPS: readonly { stance: Stance; heading: 'common.supportingHeading' | 'common.contrastingHeading' }[] = [
  { stance: 'supports', heading: 'common.supportingHeading' },
  { stance: 'contrasts', heading: 'common.contrastingHeading' },
];

/** The quotes behind a claim, supporting first, each group under its own heading. */
export function EvidenceList({
  evidence,
  sources,
  sourceHref,
  onOpenSource,
  headingLevel,
}: {
  evidence: readonly EvidenceView[];
  sources: readonly SourceView[];
  sourceHref: SourceHref;
  onOpenSource?: OpenSource;
  headingLevel: HeadingLevel;
}) {
  const t = useTranslator();
  if (evidence.length === 0) return <p class="mg-empty">{t('common.noEvidence')}</p>;
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (
    <div class="mg-evidence-groups">
      {GROUPS.map(({ stance, heading }) => {
        const items = evidence.filter((e) => e.stance === stance);
        if (items.length === 0) return null;
        return (
          <section class="mg-evidence-group" data-stance={stance} key={stance}>
            <Heading level={headingLevel} class="mg-group-heading">
              {t(heading)}
            </Heading>
            <ul class="mg-evidence-list">
              {items.map((e) => (
                <EvidenceItem
                  key={`${e.source}:${e.start}:${e.end}`}
                  evidence={e}
                  source={byId.get(e.source)}
                  href={sourceHref(e.source, e.start, e.end)}
                  onOpen={onOpenSource}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
