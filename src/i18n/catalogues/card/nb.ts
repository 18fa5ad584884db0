import type { Catalogue } from '../../catalogue.ts';
import type en from './en.ts';

export default {
  brand: 'MgLens',
  kindClaim: 'Påstand',
  kindTerm: 'Begrep',
  close: 'Lukk kortet',
  pin: 'Hold kortet åpent',
  onThisPage: 'På denne siden',
  pageDenies: 'Denne siden avviser påstanden.',
  pageDeniesExplain: 'Kildene nedenfor gjelder selve påstanden, ikke avvisningen av den.',
  sourcesHeading: 'Kilder',
  termIntroOne: '{count} påstand i databasen handler om dette begrepet.',
  termIntroOther: '{count} påstander i databasen handler om dette begrepet.',
  termNoClaims: 'Databasen har ennå ingen påstander om dette begrepet.',
} satisfies Catalogue<typeof en>;
