import { ContestedMarker } from './ContestedMarker.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { StrengthBadge } from './StrengthBadge.tsx';
import { StrengthCounts } from './StrengthCounts.tsx';
import type { StrengthView } from './types.ts';
import { useTranslator } from './translator-context.ts';

/** Grade, contested marker, the computed reasons in the reader's language, and the counts. */
export function StrengthSummary({
  strength,
  headingLevel,
  badgeId,
}: {
  strength: StrengthView;
  headingLevel: HeadingLevel;
  /** Lets a dialog name itself by claim and grade together (aria-labelledby). */
  badgeId?: string;
}) {
  const t = useTranslator();
  return (
    <section class="mg-strength">
      <Heading level={headingLevel} class="mg-section-heading">
        {t('common.strengthHeading')}
      </Heading>
      <p class="mg-strength__grade">
        <StrengthBadge grade={strength.grade} id={badgeId} />
        {strength.contested && <ContestedMarker />}
      </p>
      <p class="mg-strength__reasons">{strength.reasons[t.locale]}</p>
      <StrengthCounts strength={strength} />
    </section>
  );
}
