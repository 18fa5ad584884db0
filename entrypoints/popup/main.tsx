import { render } from 'preact';
import { pickLocale } from '../../src/i18n/locale.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { resolveTargetTab } from '../../src/settings/target-tab.ts';
import { Popup } from '../../src/ui/popup/Popup.tsx';
import '../../src/ui/popup/popup.css';
import { createPopupServices } from './services.ts';

const t = createTranslator(pickLocale(navigator.languages));
document.documentElement.lang = t.locale;
document.title = t('popup.title');

void resolveTargetTab(location.search)
  .catch(() => null)
  .then((target) => {
    render(<Popup t={t} services={createPopupServices(target)} />, document.getElementById('app')!);
  });
