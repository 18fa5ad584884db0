import type { Translator } from '../../i18n/translate.ts';

interface StorageStatementProps {
  t: Translator;
  savedPages: number | null;
}

/** What the extension keeps, where, and that nothing leaves the browser. */
export function StorageStatement({ t, savedPages }: StorageStatementProps) {
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('options.storageHeading')}</h2>
      <p>{t('options.storageBody')}</p>
      {savedPages !== null && <p>{t.plural('options.savedPages', savedPages)}</p>}
      <h2>{t('options.shortcutHeading')}</h2>
      <p>{t('options.shortcutBody')}</p>
    </section>
  );
}
