import { useMemo } from 'preact/hooks';
import type { ClaimDatabase } from '../../claims/schema.ts';
import type { Translator } from '../../i18n/translate.ts';
import { TranslatorContext } from '../common/translator-context.ts';
import { SOURCE_PAGE } from '../source/href.ts';
import { ClaimEntry } from './ClaimEntry.tsx';
import { ClaimFilters } from './ClaimFilters.tsx';
import { filterClaims, type ClaimFilter } from './filter.ts';
import { SavedPages } from './SavedPages.tsx';
import type { ExplorerServices } from './services.ts';

/**
 * The evidence explorer. The filter is owned by the caller (the entrypoint keeps it in the address
 * bar), so this component is a pure view of database + filter + collection.
 */
export function ExplorerPage({
  t,
  database,
  services,
  filter,
  onFilterChange,
}: {
  t: Translator;
  database: ClaimDatabase;
  services: ExplorerServices;
  filter: ClaimFilter;
  onFilterChange: (filter: ClaimFilter) => void;
}) {
  const shown = useMemo(() => filterClaims(database.claims, database.sources, filter), [database, filter]);
  const total = database.claims.length;
  return (
    <TranslatorContext.Provider value={t}>
      <nav class="page-nav" aria-label={t('explorer.navLabel')}>
        <a class="mg-link" href="#claims-heading">
          {t('explorer.navClaims')}
        </a>
        <a class="mg-link" href="#saved-heading">
          {t('explorer.navSaved')}
        </a>
        <a class="mg-link" href={SOURCE_PAGE}>
          {t('explorer.navSources')}
        </a>
      </nav>
      <main id="main">
        <header class="page-header">
          <h1>{t('explorer.explorerTitle')}</h1>
          <p>{t('explorer.explorerIntro')}</p>
        </header>
        <ClaimFilters t={t} filter={filter} onChange={onFilterChange} />
        <section aria-labelledby="claims-heading" class="claims">
          <h2 id="claims-heading">{t('explorer.claimsHeading')}</h2>
          <p role="status" class="page-status">
            {t.plural('explorer.results', shown.length, { total })}
          </p>
          {shown.length === 0 ? (
            <p class="mg-empty">{t('explorer.noResults')}</p>
          ) : (
            <ol class="claim-list">
              {shown.map((claim) => (
                <li key={claim.id}>
                  <ClaimEntry t={t} claim={claim} sources={database.sources} />
                </li>
              ))}
            </ol>
          )}
        </section>
        <SavedPages t={t} database={database} services={services} />
      </main>
    </TranslatorContext.Provider>
  );
}
