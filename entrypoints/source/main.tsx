import { render } from 'preact';
import { loadClaimDatabase } from '../../src/claims/database.ts';
import { pickLocale } from '../../src/i18n/locale.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { getSettings } from '../../src/settings/settings.ts';
import '../../src/ui/common/common.css';
import { TranslatorContext } from '../../src/ui/common/translator-context.ts';
import '../../src/ui/explorer/page.css';
import { sourceText } from '../../src/ui/source/corpus.ts';
import { readSourceRequest } from '../../src/ui/source/request.ts';
import '../../src/ui/source/source.css';
import { SourcePage, sourcePageTitle } from '../../src/ui/source/SourcePage.tsx';

const t = createTranslator(pickLocale(navigator.languages));
const database = loadClaimDatabase();
const request = readSourceRequest(location.search, (id) => sourceText(id)?.length);
document.documentElement.lang = t.locale;
document.title = sourcePageTitle(request, database, t);

const root = document.getElementById('app')!;
void getSettings()
  .then((settings) => {
    if (settings.style === 'high-contrast') root.dataset.style = 'high-contrast';
  })
  .catch(() => undefined);

render(
  <TranslatorContext.Provider value={t}>
    <SourcePage request={request} database={database} text={sourceText} explorerHref="explorer.html" />
  </TranslatorContext.Provider>,
  root,
);
