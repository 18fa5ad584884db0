import { format } from './catalogue.ts';
import type { UiLocale } from './locale.ts';

/** UI areas' catalogues by locale, `{ card: { en, nb, bg }, … }`. */
export type Catalogues = Record<string, Record<UiLocale, Record<string, string>>>;

/** Every key of every area in `C` as `area.key`, so two areas may use the same short name. */
export type KeyOf<C extends Catalogues> = {
  [A in keyof C & string]: `${A}.${keyof C[A]['en'] & string}`;
}[keyof C & string];

type PluralBase<K extends string, All extends string> = K extends `${infer Base}One`
  ? `${Base}Other` extends All
    ? Base
    : never
  : never;
/** `x` is a plural key when the catalogue has both `xOne` and `xOther`. */
export type PluralKeyOf<K extends string> = PluralBase<K, K>;

export type MessageValues = Record<string, string | number>;

// The call is declared as a method so that its key is compared bivariantly: a translator that
// carries fewer areas (the content script's card translator) is accepted where one for all areas
// is expected (the shared components' context, the page session). Calling one still checks the key
// against its own areas; a key outside them shows as the key itself at runtime.
interface Lookup<K extends string> {
  translate(key: K, values?: MessageValues): string;
}

export type TranslatorOf<K extends string> = Lookup<K>['translate'] & {
  /** Picks the `One` or `Other` form by the locale's plural rules; `{count}` is filled in. */
  plural(key: PluralKeyOf<K>, count: number, values?: MessageValues): string;
  readonly locale: UiLocale;
};

/** A translator over the given areas only; a bundle carries just the catalogues it passes here. */
export function makeTranslator<C extends Catalogues>(catalogues: C, locale: UiLocale): TranslatorOf<KeyOf<C>> {
  const lookup = (key: string): string => {
    const dot = key.indexOf('.');
    const area = (catalogues as Catalogues)[key.slice(0, dot)];
    const name = key.slice(dot + 1);
    // The type checker keeps catalogues complete; the fallbacks only matter for a bad key at runtime,
    // where showing English or the key itself beats showing nothing.
    return area?.[locale][name] ?? area?.en[name] ?? key;
  };
  const rules = new Intl.PluralRules(locale);
  const t = ((key: string, values?: MessageValues) => format(lookup(key), values)) as TranslatorOf<KeyOf<C>>;
  t.plural = (key, count, values) => {
    const form = rules.select(count) === 'one' ? 'One' : 'Other';
    return format(lookup(`${key}${form}`), { ...values, count });
  };
  Object.defineProperty(t, 'locale', { value: locale, enumerable: true });
  return t;
}
