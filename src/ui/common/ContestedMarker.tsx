import { ContestedIcon } from './icons.tsx';
import { useTranslator } from './translator-context.ts';

export function ContestedMarker() {
  const t = useTranslator();
  return (
    <span class="mg-tag mg-tag--contested" title={t('common.contestedExplain')}>
      <ContestedIcon />
      <span>{t('common.contested')}</span>
    </span>
  );
}
