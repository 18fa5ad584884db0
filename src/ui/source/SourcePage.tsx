import type { ClaimDatabase } from '../../claims/schema.ts';
import { useTranslator } from '../common/translator-context.ts';
import { SOURCE_PAGE } from './href.ts';
import type { SourceRequest } from './request.ts';
import { SourceDocument } from './SourceDocument.tsx';
import { SourceIndex } from './SourceIndex.tsx';

/** The source viewer: one document with its quoted passages marked, or the list of documents. */
export function SourcePage({
  request,
  database,
  text,
  explorerHref,
}: {
  request: SourceRequest;
  database: ClaimDatabase;
  text: (id: string) => string | undefined;
  explorerHref: string;
}) {
  const t = useTranslator();
  const source = request.kind === 'document' ? database.sources.find((s) => s.id === request.id) : undefined;
  const body = source && request.kind === 'document' ? text(source.id) : undefined;
  return (
    <>
      <nav class="page-nav" aria-label={t('explorer.navLabel')}>
        <a class="mg-link" href={explorerHref}>
          {t('explorer.backToExplorer')}
        </a>
        {request.kind === 'document' && (
          <a class="mg-link" href={SOURCE_PAGE}>
            {t('explorer.allSources')}
          </a>
        )}
      </nav>
      <main id="main">
        {source && body !== undefined && request.kind === 'document' ? (
          <SourceDocument source={source} text={body} database={database} passage={request.passage} problem={request.problem} />
        ) : (
          <>
            {request.kind !== 'index' && (
              <p class="page-alert" role="alert">
                {t('explorer.errorUnknownSource', { id: request.id })}
              </p>
            )}
            <SourceIndex sources={database.sources} headingLevel={1} />
          </>
        )}
      </main>
    </>
  );
}

/** The tab title for a request, so history and tab strips name the document. */
export function sourcePageTitle(request: SourceRequest, database: ClaimDatabase, t: ReturnType<typeof useTranslator>): string {
  const source = request.kind === 'document' ? database.sources.find((s) => s.id === request.id) : undefined;
  return source ? t('explorer.sourceTitle', { title: source.title }) : t('explorer.sourceIndexTitle');
}
