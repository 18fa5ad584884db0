import type { ExportDocument, ExportItem } from '../../../src/export/schema.ts';

/** Fixed inputs with the hazards every format must survive. */
export const XSS = '<img src=x onerror=alert(1)>';

const base: ExportItem = {
  sentence: 'Magnesium blocks NMDA receptors, "they say", and helps.',
  start: 120,
  end: 175,
  prefix: 'the brain.\nResearchers report: ',
  suffix: ' Others, however, disagree.',
  claimId: 'magnesium-blocks-nmda',
  statement: {
    en: 'Magnesium blocks NMDA receptors.',
    nb: 'Magnesium blokkerer NMDA-reseptorer.',
    bg: 'Магнезият блокира NMDA рецепторите.',
  },
  grade: 'low',
  contested: false,
  reasons: '2 sources in 2 languages agree; none cites a trial.',
  polarity: 'affirms',
  sources: [
    {
      id: '004_93ee198eb23e6ed1.txt',
      title: 'Магнезий в неврологията',
      stance: 'supports',
      quote: 'Магнезият блокира NMDA, "рецепторите", в мозъка.',
      kind: 'mechanism',
    },
    {
      id: '001_d2989948f6cce1c0.txt',
      title: 'Magnesium glycinate, migraine',
      stance: 'contrasts',
      quote: 'Line one,\nline "two"',
      kind: 'assertion',
    },
  ],
};

export const doc: ExportDocument = {
  page: {
    url: 'https://example.org/articles/mg?x=1&y=(2)',
    title: 'Magnesium & migrene: «Bør alle ta det?» <b>nå</b>',
    exportedAt: '2025-03-14T09:26:53.000Z',
  },
  locale: 'en',
  items: [
    base,
    {
      ...base,
      sentence: `Hostile ${XSS} sentence about magnesium.`,
      start: 300,
      end: 350,
      claimId: 'magnesium-helps-migraine',
      grade: 'very-low',
      contested: true,
      polarity: 'denies',
      sources: [],
    },
    { ...base, sentence: '=SUM(A1:A9) magnesium', start: 400, end: 421, prefix: '+1 555', suffix: '-x' },
    { ...base, sentence: '@cmd magnesium', start: 430, end: 444, prefix: '\tTabbed', suffix: '\rReturn' },
    {
      ...base,
      sentence: 'Магнезият е полезен при мигрена, според някои изследвания.',
      start: 500,
      end: 558,
      prefix: '',
      suffix: '',
    },
  ],
};

export const emptyDoc: ExportDocument = {
  page: { url: 'https://example.org/empty', title: '', exportedAt: '2025-01-02T00:00:00.000Z' },
  items: [],
};
