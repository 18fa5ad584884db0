import { useId, useMemo, useState } from 'preact/hooks';
import { createCardTranslator as createTranslator } from '../../i18n/card-translate.ts';
import { ChevronIcon } from '../common/icons.tsx';
import { StrengthBadge } from '../common/StrengthBadge.tsx';
import { TranslatorContext, useTranslator } from '../common/translator-context.ts';
import type { ClaimView, OpenSource, SourceHref, SourceView } from '../common/types.ts';
import type { UiLocale } from '../../i18n/locale.ts';
import { CardFrame } from './CardFrame.tsx';
import { ClaimDetails } from './ClaimDetails.tsx';
import type { TermCardProps } from './types.ts';

export function TermCard(props: TermCardProps) {
  const t = useMemo(() => createTranslator(props.locale), [props.locale]);
  return (
    <TranslatorContext.Provider value={t}>
      <TermCardBody {...props} />
    </TranslatorContext.Provider>
  );
}

function TermCardBody({ displayName, claims, sources, sourceHref, onOpenSource, locale, conceptId, ...controls }: TermCardProps) {
  const t = useTranslator();
  const id = useId();
  const titleId = `${id}-title`;
  const kickerId = `${id}-kicker`;
  return (
    <CardFrame kind="term" labelledBy={`${kickerId} ${titleId}`} kickerId={kickerId} {...controls}>
      <h2 class="mg-card__title" id={titleId} data-concept={conceptId}>
        {displayName}
      </h2>
      <p class="mg-term-intro">
        {claims.length > 0 ? t.plural('card.termIntro', claims.length) : t('card.termNoClaims')}
      </p>
      {claims.length > 0 && (
        <ul class="mg-term-claims">
          {claims.map((claim) => (
            <TermClaim
              key={claim.id}
              claim={claim}
              locale={locale}
              sources={sources}
              sourceHref={sourceHref}
              onOpenSource={onOpenSource}
            />
          ))}
        </ul>
      )}
    </CardFrame>
  );
}

/** A disclosure (heading > button, as in the WAI-ARIA accordion pattern) revealing the claim's details. */
function TermClaim({
  claim,
  locale,
  sources,
  sourceHref,
  onOpenSource,
}: {
  claim: ClaimView;
  locale: UiLocale;
  sources: readonly SourceView[];
  sourceHref: SourceHref;
  onOpenSource?: OpenSource;
}) {
  const [open, setOpen] = useState(false);
  const detailsId = `${useId()}-details`;
  return (
    <li class="mg-term-claim" data-claim={claim.id}>
      <h3 class="mg-term-claim__heading">
        <button
          type="button"
          class="mg-disclosure"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          <span class="mg-disclosure__statement">
            <ChevronIcon />
            <span>{claim.statement[locale]}</span>
          </span>
          <StrengthBadge grade={claim.strength.grade} />
        </button>
      </h3>
      <div class="mg-term-claim__details" id={detailsId} hidden={!open}>
        {open && (
          <ClaimDetails claim={claim} sources={sources} sourceHref={sourceHref} onOpenSource={onOpenSource} headingLevel={4} />
        )}
      </div>
    </li>
  );
}
