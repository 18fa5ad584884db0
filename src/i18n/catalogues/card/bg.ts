import type { Catalogue } from '../../catalogue.ts';
import type en from './en.ts';

export default {
  brand: 'MgLens',
  kindClaim: 'Твърдение',
  kindTerm: 'Термин',
  close: 'Затвори картата',
  pin: 'Задръж картата отворена',
  onThisPage: 'На тази страница',
  pageDenies: 'Тази страница отрича това твърдение.',
  pageDeniesExplain: 'Източниците по-долу се отнасят до самото твърдение, а не до отричането му.',
  sourcesHeading: 'Източници',
  termIntroOne: '{count} твърдение в базата данни се отнася до този термин.',
  termIntroOther: '{count} твърдения в базата данни се отнасят до този термин.',
  termNoClaims: 'Базата данни все още няма твърдения за този термин.',
} satisfies Catalogue<typeof en>;
