import { useState } from 'preact/hooks';
import type { Translator } from '../../i18n/translate.ts';
import type { SaveOutcome } from '../../settings/collection.ts';
import type { PageState } from '../../settings/page-state.ts';

interface SavePageProps {
  t: Translator;
  state: PageState;
  save: (state: PageState) => Promise<SaveOutcome>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string };

export function SavePage({ t, state, save }: SavePageProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const onSave = async () => {
    setStatus({ kind: 'busy' });
    try {
      const outcome = await save(state);
      setStatus({ kind: 'done', text: outcome.replaced ? t('popup.savedAgain') : t('popup.saved') });
    } catch (error) {
      const full = error instanceof Error && error.name === 'CollectionFullError';
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'done', text: full ? t('popup.collectionFull') : t('popup.saveFailed', { reason }) });
    }
  };
  return (
    <section class="save">
      <button type="button" disabled={status.kind === 'busy'} onClick={() => void onSave()}>
        {t('popup.saveButton')}
      </button>
      {/* Always present, so screen readers announce the outcome when it appears. */}
      <p role="status" class="status">
        {status.kind === 'done' ? status.text : ''}
      </p>
    </section>
  );
}
