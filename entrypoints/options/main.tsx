import { render } from 'preact';
import { pickLocale } from '../../src/i18n/locale.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { OptionsPage } from '../../src/ui/options/OptionsPage.tsx';
import '../../src/ui/options/options.css';
import { createOptionsServices } from './services.ts';

const t = createTranslator(pickLocale(navigator.languages));
document.documentElement.lang = t.locale;
document.title = t('options.pageTitle');

render(<OptionsPage t={t} services={createOptionsServices()} />, document.getElementById('app')!);
