import { StanceIcon } from './icons.tsx';
import { STANCE_LABEL } from './labels.ts';
import type { Stance } from './types.ts';
import { useTranslator } from './translator-context.ts';

export function StanceLabel({ stance }: { stance: Stance }) {
  const t = useTranslator();
  return (
    <span class="mg-stance" data-stance={stance}>
      <StanceIcon stance={stance} />
      <span>{t(STANCE_LABEL[stance])}</span>
    </span>
  );
}
