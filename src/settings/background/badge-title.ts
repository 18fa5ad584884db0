import { pickLocale } from '../../i18n/locale.ts';
import { createTranslator } from '../../i18n/translate.ts';

/** The toolbar button's tooltip for a count, in the browser's language. */
export function badgeTitle(claimCount: number, languages: readonly string[] = navigator.languages): string {
  const t = createTranslator(pickLocale(languages));
  return claimCount > 0 ? t.plural('popup.badgeTitle', claimCount) : t('popup.badgeTitleNone');
}
