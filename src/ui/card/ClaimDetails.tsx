import { EvidenceList } from '../common/EvidenceList.tsx';
import { Heading } from '../common/Heading.tsx';
import { StrengthSummary } from '../common/StrengthSummary.tsx';
import { useTranslator } from '../common/translator-context.ts';
import type { ClaimView, OpenSource, SourceHref, SourceView } from '../common/types.ts';

/** How strongly a claim is backed and the passages behind it; the claim card and term card share it. */
export function ClaimDetails({
  claim,
  sources,
  sourceHref,
  onOpenSource,
  headingLevel,
  badgeId,
}: {
  claim: ClaimView;
  sources: readonly SourceView[];
  sourceHref: SourceHref;
  onOpenSource?: OpenSource;
  headingLevel: 3 | 4;
  badgeId?: string;
}) {
  const t = useTranslator();
  return (
    <div class="mg-claim-details">
      <StrengthSummary strength={claim.strength} headingLevel={headingLevel} badgeId={badgeId} />
      <section class="mg-sources">
        <Heading level={headingLevel} class="mg-section-heading">
          {t('card.sourcesHeading')}
        </Heading>
        <EvidenceList
          evidence={claim.evidence}
          sources={sources}
          sourceHref={sourceHref}
          onOpenSource={onOpenSource}
          headingLevel={headingLevel === 3 ? 4 : 5}
        />
      </section>
    </div>
  );
}
