import { useId, useMemo } from 'preact/hooks';
import { createCardTranslator as createTranslator } from '../../i18n/card-translate.ts';
import { DeniesIcon } from '../common/icons.tsx';
import { TranslatorContext, useTranslator } from '../common/translator-context.ts';
import { CardFrame } from './CardFrame.tsx';
import { ClaimDetails } from './ClaimDetails.tsx';
import type { ClaimCardProps } from './types.ts';

export function ClaimCard(props: ClaimCardProps) {
  const t = useMemo(() => createTranslator(props.locale), [props.locale]);
  return (
    <TranslatorContext.Provider value={t}>
      <ClaimCardBody {...props} />
    </TranslatorContext.Provider>
  );
}

function ClaimCardBody({ claim, sources, sourceHref, onOpenSource, polarity, sentence, locale, ...controls }: ClaimCardProps) {
  const t = useTranslator();
  const id = useId();
  const titleId = `${id}-title`;
  const badgeId = `${id}-grade`;
  return (
    // Named by the claim and its grade, so a screen reader entering the card hears both first.
    <CardFrame kind="claim" labelledBy={`${titleId} ${badgeId}`} kickerId={`${id}-kicker`} {...controls}>
      <h2 class="mg-card__title" id={titleId}>
        {claim.statement[locale]}
      </h2>
      {polarity === 'denies' && (
        <p class="mg-denies">
          <DeniesIcon />
          <span>
            <strong class="mg-denies__line">{t('card.pageDenies')}</strong>{' '}
            <span class="mg-denies__explain">{t('card.pageDeniesExplain')}</span>
          </span>
        </p>
      )}
      {sentence.trim() !== '' && (
        <figure class="mg-page-sentence">
          <figcaption class="mg-page-sentence__caption">{t('card.onThisPage')}</figcaption>
          <blockquote class="mg-page-sentence__text">{sentence}</blockquote>
        </figure>
      )}
      <ClaimDetails
        claim={claim}
        sources={sources}
        sourceHref={sourceHref}
        onOpenSource={onOpenSource}
        headingLevel={3}
        badgeId={badgeId}
      />
    </CardFrame>
  );
}
