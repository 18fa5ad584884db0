import { render } from 'preact';
import { useState } from 'preact/hooks';
import { loadClaimDatabase } from '../../src/claims/database.ts';
import { pickLocale } from '../../src/i18n/locale.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { listSavedPages, removeSavedPage, watchCollection } from '../../src/settings/collection.ts';
import { getSettings } from '../../src/settings/settings.ts';
import '../../src/ui/common/common.css';
import '../../src/ui/explorer/page.css';
import '../../src/ui/explorer/explorer.css';
import { ExplorerPage } from '../../src/ui/explorer/ExplorerPage.tsx';
import { filterFromSearch, filterToSearch, type ClaimFilter } from '../../src/ui/explorer/filter.ts';
import type { ExplorerServices } from '../../src/ui/explorer/services.ts';

const t = createTranslator(pickLocale(navigator.languages));
document.documentElement.lang = t.locale;
document.title = t('explorer.explorerTitle');

const root = document.getElementById('app')!;
// The reader's high-contrast choice from the options page applies here too.
void getSettings()
  .then((settings) => {
    if (settings.style === 'high-contrast') root.dataset.style = 'high-contrast';
  })
  .catch(() => undefined);

const services: ExplorerServices = {
  listSavedPages,
  watchSavedPages: (callback) => watchCollection(callback),
  removeSavedPage,
  now: () => new Date(),
};
const database = loadClaimDatabase();

function App() {
  const [filter, setFilter] = useState<ClaimFilter>(() => filterFromSearch(location.search));
  const change = (next: ClaimFilter) => {
    setFilter(next);
    // Kept in the address so the view survives a reload and can be bookmarked; no history entry per keystroke.
    history.replaceState(null, '', filterToSearch(next) || location.pathname);
  };
  return <ExplorerPage t={t} database={database} services={services} filter={filter} onFilterChange={change} />;
}

render(<App />, root);
