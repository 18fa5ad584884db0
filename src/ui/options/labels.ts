import type { MessageKey } from '../../i18n/translate.ts';
import type { HighlightStyle, MatchLanguage } from '../../settings/schema.ts';

/** Language names: the three UI languages are shared words (common), the others are the options'. */
export const LANGUAGE_NAME: Record<MatchLanguage, MessageKey> = {
  en: 'common.languageEn',
  nb: 'common.languageNb',
  bg: 'common.languageBg',
  da: 'options.languageDa',
  sv: 'options.languageSv',
  de: 'options.languageDe',
};

export const STYLE_LABEL: Record<HighlightStyle, { name: MessageKey; hint: MessageKey }> = {
  'colour-blind-safe': { name: 'options.styleColourBlindSafe', hint: 'options.styleColourBlindSafeHint' },
  'high-contrast': { name: 'options.styleHighContrast', hint: 'options.styleHighContrastHint' },
};
