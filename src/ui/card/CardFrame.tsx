import type { ComponentChildren } from 'preact';
import { CloseIcon, PinIcon } from '../common/icons.tsx';
import { useTranslator } from '../common/translator-context.ts';
import type { CardControls } from './types.ts';

/**
 * The dialog shell shared by both card kinds: a kicker ("MgLens · Claim"), the pin and close
 * buttons, and the body. Non-modal: the page stays usable while the card is open.
 * tabIndex -1 lets the keyboard path move focus to the dialog itself, so a screen reader announces
 * its name; the host never does that on hover.
 */
export function CardFrame({
  kind,
  labelledBy,
  kickerId,
  pinned,
  onPinnedChange,
  onClose,
  children,
}: CardControls & {
  kind: 'claim' | 'term';
  labelledBy: string;
  kickerId: string;
  children: ComponentChildren;
}) {
  const t = useTranslator();
  return (
    <div
      class="mg-card"
      role="dialog"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      lang={t.locale}
      data-kind={kind}
      data-pinned={pinned ? 'true' : undefined}
    >
      <div class="mg-card__bar">
        <p class="mg-card__kicker" id={kickerId}>
          <span class="mg-card__brand">{t('card.brand')}</span>
          {/* Real text, not CSS: the kicker names the dialog, and a name needs the gap. */}
          {' · '}
          <span class="mg-card__kind">{t(kind === 'claim' ? 'card.kindClaim' : 'card.kindTerm')}</span>
        </p>
        <div class="mg-card__actions">
          <button
            type="button"
            class="mg-button mg-button--pin"
            aria-pressed={pinned ? 'true' : 'false'}
            aria-label={t('card.pin')}
            title={t('card.pin')}
            onClick={() => onPinnedChange(!pinned)}
          >
            <PinIcon />
          </button>
          <button type="button" class="mg-button" aria-label={t('card.close')} title={t('card.close')} onClick={onClose}>
            <CloseIcon />
          </button>
        </div>
      </div>
      <div class="mg-card__body">{children}</div>
    </div>
  );
}
