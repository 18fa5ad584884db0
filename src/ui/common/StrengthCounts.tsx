import { StanceIcon } from './icons.tsx';
import type { StrengthView } from './types.ts';
import { useTranslator } from './translator-context.ts';

type Counts = Pick<StrengthView, 'supporting' | 'contrasting' | 'supportingLanguages' | 'contrastingLanguages'>;

/** Supporting and contrasting sources side by side, as scite shows citation stances. */
export function StrengthCounts({ strength }: { strength: Counts }) {
  const t = useTranslator();
  const line = (count: number, languages: number, key: 'common.countSupporting' | 'common.countContrasting') =>
    // "0 contrasting sources in 0 languages" says nothing the count does not.
    count > 0 ? `${t.plural(key, count)} ${t.plural('common.inLanguages', languages)}` : t.plural(key, count);
  return (
    <ul class="mg-counts">
      <li class="mg-counts__item" data-stance="supports">
        <StanceIcon stance="supports" />
        <span>{line(strength.supporting, strength.supportingLanguages, 'common.countSupporting')}</span>
      </li>
      <li class="mg-counts__item" data-stance="contrasts">
        <StanceIcon stance="contrasts" />
        <span>{line(strength.contrasting, strength.contrastingLanguages, 'common.countContrasting')}</span>
      </li>
    </ul>
  );
}
