import { format } from './catalogue.ts';
import type { UiLocale } from './locale.ts';
import cardBg from './catalogues/card/bg.ts';
import cardEn from './catalogues/card/en.ts';
import cardNb from './catalogues/card/nb.ts';
import commonBg from './catalogues/common/bg.ts';
import commonEn from './catalogues/common/en.ts';
import commonNb from './catalogues/common/nb.ts';
import explorerBg from './catalogues/explorer/bg.ts';
import explorerEn from './catalogues/explorer/en.ts';
import explorerNb from './catalogues/explorer/nb.ts';
import exportBg from './catalogues/export/bg.ts';
import exportEn from './catalogues/export/en.ts';
import exportNb from './catalogues/export/nb.ts';
import optionsBg from './catalogues/options/bg.ts';
import optionsEn from './catalogues/options/en.ts';
import optionsNb from './catalogues/options/nb.ts';
import popupBg from './catalogues/popup/bg.ts';
import popupEn from './catalogues/popup/en.ts';
import popupNb from './catalogues/popup/nb.ts';

/**
 * Every UI area's catalogues, one line per area. An area adds itself here and nowhere else;
 * its keys become `area.key` so two areas may use the same short name without colliding.
 */
export const CATALOGUES = {
  card: { en: cardEn, nb: cardNb, bg: cardBg },
  common: { en: commonEn, nb: commonNb, bg: commonBg },
  explorer: { en: explorerEn, nb: explorerNb, bg: explorerBg },
  export: { en: exportEn, nb: exportNb, bg: exportBg },
  options: { en: optionsEn, nb: optionsNb, bg: optionsBg },
  popup: { en: popupEn, nb: popupNb, bg: popupBg },
} satisfies Record<string, Record<UiLocale, Record<string, string>>>;

type Areas = typeof CATALOGUES;
type AreaName = keyof Areas & string;

export type MessageKey = {
  [A in AreaName]: `${A}.${keyof Areas[A]['en'] & string}`;
}[AreaName];

type PluralBase<K> = K extends `${infer Base}One` ? (`${Base}Other` extends MessageKey ? Base : never) : never;
/** `x` is a plural key when the catalogue has both `xOne` and `xOther`. */
export type PluralKey = PluralBase<MessageKey>;

export type MessageValues = Record<string, string | number>;

export interface Translator {
  (key: MessageKey, values?: MessageValues): string;
  /** Picks the `One` or `Other` form by the locale's plural rules; `{count}` is filled in. */
  plural(key: PluralKey, count: number, values?: MessageValues): string;
  readonly locale: UiLocale;
}

function lookup(locale: UiLocale, key: string): string {
  const dot = key.indexOf('.');
  const area = (CATALOGUES as Record<string, Record<UiLocale, Record<string, string>>>)[key.slice(0, dot)];
  const name = key.slice(dot + 1);
  // The type checker keeps catalogues complete; the fallbacks only matter for a bad key at runtime,
  // where showing English or the key itself beats showing nothing.
  return area?.[locale][name] ?? area?.en[name] ?? key;
}

export function createTranslator(locale: UiLocale): Translator {
  const rules = new Intl.PluralRules(locale);
  const t = ((key: MessageKey, values?: MessageValues) => format(lookup(locale, key), values)) as Translator;
  t.plural = (key, count, values) => {
    const form = rules.select(count) === 'one' ? 'One' : 'Other';
    return format(lookup(locale, `${key}${form}`), { ...values, count });
  };
  Object.defineProperty(t, 'locale', { value: locale, enumerable: true });
  return t;
}
