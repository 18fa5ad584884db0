import type { ClaimView, SourceView } from '../../../src/ui/common/types.ts';

/** Synthetic claims and sources: shaped like the database, written for these tests only. */

export const HOSTILE = '<img src=x onerror=alert(1)>';

export const sources: SourceView[] = [
  { id: '000_465aad8e3f0e76aa.txt', title: 'Magnesium og migrene', language: 'nb', kind: 'blog', year: 2013 },
  { id: '003_218cf1f8deaf40de.txt', title: `News ${HOSTILE} article`, language: 'en', kind: 'news' },
  { id: '004_93ee198eb23e6ed1.txt', title: 'Магнезий в неврологията', language: 'bg', kind: 'medical-article', year: 2019 },
];

export const claim: ClaimView = {
  id: 'magnesium-prevents-migraine',
  statement: {
    en: 'Magnesium helps prevent migraine attacks.',
    nb: 'Magnesium bidrar til å forebygge migreneanfall.',
    bg: 'Магнезият помага за предотвратяване на мигренозни пристъпи.',
  },
  strength: {
    grade: 'low',
    contested: true,
    supporting: 2,
    contrasting: 1,
    supportingLanguages: 2,
    contrastingLanguages: 1,
    reasons: {
      en: '2 sources in 2 languages agree; none reports a trial; 1 source contrasts.',
      nb: '2 kilder på 2 språk er enige; ingen viser til en studie; 1 kilde motsier.',
      bg: '2 източника на 2 езика са съгласни; никой не цитира изпитване; 1 източник противоречи.',
    },
  },
  evidence: [
    {
      source: '000_465aad8e3f0e76aa.txt',
      quote: 'Magnesium kan forebygge migrene hos noen.',
      stance: 'supports',
      kind: 'review',
      hedged: true,
      start: 120,
      end: 161,
    },
    {
      source: '004_93ee198eb23e6ed1.txt',
      quote: 'Магнезият намалява честотата на пристъпите.',
      stance: 'supports',
      kind: 'assertion',
      hedged: false,
      start: 4000,
      end: 4043,
    },
    {
      source: '003_218cf1f8deaf40de.txt',
      quote: `Experts said ${HOSTILE} more study https://scam.example is needed.`,
      stance: 'contrasts',
      kind: 'expert-opinion',
      hedged: false,
      start: 900,
      end: 960,
    },
  ],
};

export const strongClaim: ClaimView = {
  id: 'magnesium-blocks-nmda',
  statement: {
    en: 'Magnesium blocks NMDA receptors.',
    nb: 'Magnesium blokkerer NMDA-reseptorer.',
    bg: 'Магнезият блокира NMDA рецепторите.',
  },
  strength: {
    grade: 'moderate',
    contested: false,
    supporting: 1,
    contrasting: 0,
    supportingLanguages: 1,
    contrastingLanguages: 0,
    reasons: { en: 'One medical article.', nb: 'Én medisinsk artikkel.', bg: 'Една медицинска статия.' },
  },
  evidence: [
    {
      source: '004_93ee198eb23e6ed1.txt',
      quote: 'Магнезият блокира NMDA рецепторите в мозъка.',
      stance: 'supports',
      kind: 'mechanism',
      hedged: false,
      start: 10,
      end: 55,
    },
  ],
};

export const sourceHref = (id: string, start: number, end: number) =>
  `chrome-extension://test/source.html#${encodeURIComponent(id)}:${start}-${end}`;
