import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../i18n/translate.ts';
import { HIGHLIGHT_STYLES, HOVER_DELAY, type HighlightStyle } from '../../settings/schema.ts';
import { STYLE_LABEL } from './labels.ts';

interface DisplayFieldsProps {
  t: Translator;
  highlightTerms: boolean;
  hoverDelayMs: number;
  style: HighlightStyle;
  onHighlightTerms: (on: boolean) => void;
  onHoverDelay: (ms: number) => void;
  onStyle: (style: HighlightStyle) => void;
}

/** How highlights look and behave: bare terms, the hover delay, the style. */
export function DisplayFields({ t, highlightTerms, hoverDelayMs, style, onHighlightTerms, onHoverDelay, onStyle }: DisplayFieldsProps) {
  // The slider shows its value while it moves; the setting is written once it is let go.
  const [delay, setDelay] = useState(hoverDelayMs);
  useEffect(() => setDelay(hoverDelayMs), [hoverDelayMs]);
  return (
    <>
      <div class="field">
        <div class="choice">
          <input
            type="checkbox"
            id="highlight-terms"
            checked={highlightTerms}
            aria-describedby="highlight-terms-hint"
            onChange={(event) => onHighlightTerms(event.currentTarget.checked)}
          />
          <label for="highlight-terms">{t('options.termsLabel')}</label>
        </div>
        <p class="hint" id="highlight-terms-hint">
          {t('options.termsHint')}
        </p>
      </div>
      <div class="field">
        <label for="hover-delay">{t('options.delayLabel')}</label>
        <div class="range">
          <input
            type="range"
            id="hover-delay"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={50}
            value={delay}
            aria-valuetext={t('options.delayValue', { ms: delay })}
            onInput={(event) => setDelay(Number(event.currentTarget.value))}
            onChange={(event) => onHoverDelay(Number(event.currentTarget.value))}
          />
          <output for="hover-delay">{t('options.delayValue', { ms: delay })}</output>
        </div>
      </div>
      <fieldset>
        <legend>{t('options.styleLegend')}</legend>
        {HIGHLIGHT_STYLES.map((name) => (
          <div class="choice" key={name}>
            <input
              type="radio"
              name="style"
              id={`style-${name}`}
              value={name}
              checked={style === name}
              aria-describedby={`style-${name}-hint`}
              onChange={() => onStyle(name)}
            />
            <label for={`style-${name}`}>{t(STYLE_LABEL[name].name)}</label>
            <p class="hint" id={`style-${name}-hint`}>
              {t(STYLE_LABEL[name].hint)}
            </p>
          </div>
        ))}
      </fieldset>
    </>
  );
}
