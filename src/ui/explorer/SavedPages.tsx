import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimDatabase } from '../../claims/schema.ts';
import { buildCollectionExport } from '../../export/build.ts';
import { toExportCollection } from '../../export/from-page.ts';
import { safePageHref } from '../../export/text-fragment.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { SavedPage } from '../../settings/collection-schema.ts';
import { StrengthBadge } from '../common/StrengthBadge.tsx';
import { ExportButtons } from '../export/ExportButtons.tsx';
import type { ExplorerServices } from './services.ts';

/**
 * The saved collection: pages and the claims found on them, removable one by one, exportable
 * whole. Titles, sentences and URLs were written by the pages, so they are text; a page is linked
 * only when its address is http(s) (or a file).
 */
function SavedPageEntry({ t, page, onRemove }: { t: Translator; page: SavedPage; onRemove: (page: SavedPage) => void }) {
  const href = safePageHref(page.url);
  const title = page.title.trim() || page.url;
  const date = new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(page.savedAt));
  return (
    <li class="saved-page">
      <h3 class="saved-page__title">
        {href ? (
          <a class="mg-link" href={href} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h3>
      <p class="page-meta">
        <span class="mg-meta-part">{t('explorer.savedOn', { date })}</span>
        <span class="mg-meta-part">{t.plural('explorer.savedClaims', page.matches.length)}</span>
      </p>
      <ul class="saved-page__claims">
        {page.matches.map((match) => (
          <li key={match.id}>
            <StrengthBadge grade={match.grade} /> <span lang={t.locale}>{match.statement[t.locale]}</span>
            {match.polarity === 'denies' && <span class="saved-page__denies"> {t('explorer.pageDenies')}</span>}
            <blockquote class="mg-quote">{match.sentence}</blockquote>
          </li>
        ))}
      </ul>
      <button type="button" aria-label={t('explorer.removePageLabel', { title })} onClick={() => onRemove(page)}>
        {t('explorer.removePage')}
      </button>
    </li>
  );
}

type Loaded = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; pages: SavedPage[] };

export function SavedPages({ t, database, services }: { t: Translator; database: ClaimDatabase; services: ExplorerServices }) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    services.listSavedPages().then(
      (pages) => live && setState({ kind: 'ready', pages }),
      () => live && setState({ kind: 'failed' }),
    );
    const stop = services.watchSavedPages((pages) => live && setState({ kind: 'ready', pages }));
    return () => {
      live = false;
      stop();
    };
  }, [services]);

  const remove = async (page: SavedPage) => {
    const title = page.title.trim() || page.url;
    const removed = await services.removeSavedPage(page.url).catch(() => false);
    setMessage(t(removed ? 'explorer.removed' : 'explorer.removeFailed', { title }));
    if (removed) {
      setState((s) => (s.kind === 'ready' ? { kind: 'ready', pages: s.pages.filter((p) => p.url !== page.url) } : s));
      // The button is gone with its entry; the heading is the nearest stable place for focus.
      heading.current?.focus();
    }
  };

  const build = (pages: SavedPage[]) => (format: 'jsonld' | 'csv' | 'md') =>
    pages.length === 0
      ? null
      : buildCollectionExport(toExportCollection(pages, database, { locale: t.locale, exportedAt: services.now().toISOString() }), format);

  return (
    <section id="saved" aria-labelledby="saved-heading" class="saved">
      <h2 id="saved-heading" tabIndex={-1} ref={heading}>
        {t('explorer.savedHeading')}
      </h2>
      <p>{t('explorer.savedIntro')}</p>
      {state.kind === 'failed' && <p class="page-alert">{t('explorer.savedUnavailable')}</p>}
      {state.kind === 'ready' && state.pages.length === 0 && <p class="mg-empty">{t('explorer.savedEmpty')}</p>}
      {state.kind === 'ready' && state.pages.length > 0 && (
        <>
          <ExportButtons t={t} build={build(state.pages)} label={t('explorer.exportCollection')} />
          <ul class="saved-list">
            {state.pages.map((page) => (
              <SavedPageEntry key={page.url} t={t} page={page} onRemove={(p) => void remove(p)} />
            ))}
          </ul>
        </>
      )}
      <p role="status" class="page-status">
        {message}
      </p>
    </section>
  );
}
