import { findTerms } from '../../src/lexicon/find-terms.ts';
import { seededRandom } from './dom-fuzz.ts';

/**
 * Stress pages for the benchmark: long articles with inline markup, generated from a seed so every
 * run reads the same page. Sentences are built here from word lists and claim-like templates in
 * English, Norwegian (bokmål) and Bulgarian; nothing is copied from the corpus.
 *
 * - `terms`: sections in the three languages (each declared with `lang`), about one sentence in
 *   ten claim-like ("magnesium glycinate may reduce migraine attacks") and one in eight mentioning
 *   a term in passing.
 * - `none`: the same shape and length with no lexicon term at all. Every sentence is checked
 *   against the real lexicon when generated (and replaced if a term slipped in), so the page
 *   stays term-free whatever the lexicon learns.
 * Pages carry `data-mglens-bench`, which asks the content script for its timing marks.
 */

export type Density = 'terms' | 'none';
export type Lang = 'en' | 'nb' | 'bg';

export interface StressPageOptions {
  seed: number;
  paragraphs: number;
  density: Density;
  title?: string;
}

export interface StressPage {
  html: string;
  words: number;
  paragraphs: number;
  /** Paragraphs per language. */
  languages: Record<Lang, number>;
}


const FILLER: Record<Lang, string> = {
  en: `the a of in on at and but with from by near under over after before around along behind
    old new quiet bright narrow long green small wooden northern warm early late tall grey open busy
    house garden river window road bridge village market table letter story song train station
    harbour mountain forest teacher painter neighbour child family evening morning winter summer
    book photograph kitchen street door roof field boat lamp chair coat island valley painting
    walked painted opened carried watched built sold wrote visited crossed remembered
    waited arrived listened followed cleaned repaired borrowed counted folded planted`,
  nb: `den det en et og men i på ved fra over under etter før langs bak rundt
    gammel ny stille lys smal lang grønn liten varm tidlig sen høy grå åpen travel
    hus hage elv vindu vei bro landsby marked bord brev fortelling sang tog stasjon havn fjell
    skog lærer maler nabo barn familie kveld morgen vinter sommer bok bilde kjøkken gate dør tak
    åker båt lampe stol frakk øy dal maleri gikk malte åpnet bar så bygde solgte skrev besøkte
    krysset husket ventet kom lyttet fulgte vasket reparerte lånte telte brettet plantet`,
  bg: `и но в на от до под над след преди край зад около покрай
    стар нов тих светъл тесен дълъг зелен малък топъл ранен висок сив отворен
    къща градина река прозорец път мост село пазар маса писмо разказ песен влак гара пристанище
    планина гора учител художник съсед дете семейство вечер сутрин зима лято книга снимка кухня
    улица врата покрив поле лодка лампа стол палто остров долина картина вървеше рисуваше отвори
    носеше гледаше построи продаде написа посети пресече помнеше чакаше пристигна слушаше
    последва почисти поправи преброи сгъна засади`,
};

/** Claim-like sentences: a subject and what is said of it. */
const SUBJECTS: Record<Lang, string[]> = {
  en: ['Magnesium', 'Magnesium glycinate', 'Magnesium citrate', 'Magnesium oxide', 'A daily magnesium supplement',
    'Oral magnesium', 'Intravenous magnesium sulfate', 'Magnesium deficiency', 'Low magnesium'],
  nb: ['Magnesium', 'Magnesiumglysinat', 'Magnesiumsitrat', 'Magnesiumoksid', 'Et daglig magnesiumtilskudd',
    'Magnesium gitt intravenøst', 'Magnesiummangel', 'Lavt magnesiumnivå'],
  bg: ['Магнезият', 'Магнезиевият глицинат', 'Магнезиевият цитрат', 'Магнезиевият оксид',
    'Ежедневната магнезиева добавка', 'Дефицитът на магнезий', 'Ниският магнезий'],
};
const PREDICATES: Record<Lang, string[]> = {
  en: ['may reduce the number of migraine attacks', 'can help prevent migraine', 'is poorly absorbed in the gut',
    'often causes diarrhoea', 'is linked to migraine with aura', 'does not cure migraine', 'eases tension headache',
    'blocks NMDA receptors in the brain', 'lowers CGRP during a migraine attack', 'relaxes the blood vessels',
    'makes migraine attacks less severe', 'is common in people with migraine'],
  nb: ['kan gi færre migreneanfall', 'kan forebygge migrene', 'tas dårlig opp i tarmen', 'gir ofte diaré',
    'er knyttet til migrene med aura', 'helbreder ikke migrene', 'lindrer spenningshodepine',
    'blokkerer NMDA-reseptorer i hjernen', 'senker CGRP under migreneanfall', 'får blodårene til å slappe av',
    'gjør migreneanfall mildere', 'er vanlig hos personer med migrene'],
  bg: ['може да намали броя на мигренозните пристъпи', 'помага за профилактиката на мигрена', 'се усвоява слабо',
    'често причинява диария', 'е свързан с мигрена с аура', 'не излекува мигрената', 'облекчава тензионното главоболие',
    'блокира NMDA рецепторите в мозъка', 'понижава CGRP по време на пристъп', 'отпуска кръвоносните съдове',
    'прави мигренозните пристъпи по-леки', 'е често срещан при хората с мигрена'],
};
/** Terms mentioned in passing, inside an ordinary sentence. */
const MENTIONS: Record<Lang, string[]> = {
  en: ['magnesium', 'migraine', 'magnesium citrate', 'a headache', 'migraine attacks', 'magnesium oxide'],
  nb: ['magnesium', 'migrene', 'magnesiumtilskudd', 'hodepine', 'migreneanfall', 'magnesiumsitrat'],
  bg: ['магнезий', 'мигрена', 'главоболие', 'магнезиев цитрат', 'мигренозни пристъпи'],
};

const SECTION_PARAGRAPHS = 60;
const LANGS: Lang[] = ['en', 'nb', 'bg'];

class Writer {
  private readonly rnd: () => number;
  private readonly filler: Record<Lang, string[]>;
  private readonly termFree = new Map<string, boolean>();
  words = 0;

  constructor(seed: number, private readonly density: Density) {
    this.rnd = seededRandom(seed);
    // Words that are lexicon terms on their own never enter the filler.
    this.filler = Object.fromEntries(
      LANGS.map((lang) => [lang, FILLER[lang].split(/\s+/).filter((w) => w && findTerms(w).length === 0)]),
    ) as Record<Lang, string[]>;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)] as T;
  }

  chance(p: number): boolean {
    return this.rnd() < p;
  }

  private fillerWords(lang: Lang, n: number): string[] {
    return Array.from({ length: n }, () => this.pick(this.filler[lang]));
  }

  /** Plain words of one sentence, without its final stop. */
  private sentenceWords(lang: Lang): string[] {
    if (this.density === 'terms') {
      if (this.chance(0.1)) return `${this.pick(SUBJECTS[lang])} ${this.pick(PREDICATES[lang])}`.split(' ');
      if (this.chance(0.14)) {
        const words = this.fillerWords(lang, 6 + Math.floor(this.rnd() * 8));
        words.splice(1 + Math.floor(this.rnd() * (words.length - 1)), 0, ...this.pick(MENTIONS[lang]).split(' '));
        return words;
      }
    }
    for (let attempt = 0; ; attempt += 1) {
      const words = this.fillerWords(lang, 8 + Math.floor(this.rnd() * 10));
      if (this.density === 'terms' || attempt > 50 || this.isTermFree(words.join(' '))) return words;
    }
  }

  private isTermFree(text: string): boolean {
    let free = this.termFree.get(text);
    if (free === undefined) {
      free = findTerms(text).length === 0;
      this.termFree.set(text, free);
    }
    return free;
  }

  /** One sentence as HTML: some runs of words wrapped in inline elements, some nested. */
  sentence(lang: Lang): string {
    const words = this.sentenceWords(lang);
    this.words += words.length;
    const first = words[0] ?? '';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      if (this.chance(0.06)) {
        const run = Math.min(words.length - i, 1 + Math.floor(this.rnd() * 4));
        out.push(this.wrap(words.slice(i, i + run).map(escapeHtml).join(' ')));
        i += run;
      } else {
        out.push(escapeHtml(words[i] as string));
        i += 1;
      }
    }
    return `${out.join(' ')}.`;
  }

  private wrap(inner: string): string {
    const r = this.rnd();
    if (r < 0.3) return `<b>${inner}</b>`;
    if (r < 0.55) return `<i>${inner}</i>`;
    if (r < 0.75) return `<a href="#n${Math.floor(this.rnd() * 1000)}">${inner}</a>`;
    if (r < 0.9) return `<span class="note">${inner}</span>`;
    return this.chance(0.5) ? `<b><i>${inner}</i></b>` : `<a href="#top"><span class="note"><em>${inner}</em></span></a>`;
  }

  paragraph(lang: Lang): string {
    const n = 2 + Math.floor(this.rnd() * 3);
    return Array.from({ length: n }, () => this.sentence(lang)).join(' ');
  }

  heading(lang: Lang): string {
    const words = this.fillerWords(lang, 3 + Math.floor(this.rnd() * 4));
    this.words += words.length;
    const text = words.join(' ');
    return escapeHtml(text.charAt(0).toUpperCase() + text.slice(1));
  }
}

/** A long article in sections of one language each; list items count as paragraphs. */
export function stressPage(options: StressPageOptions): StressPage {
  const writer = new Writer(options.seed, options.density);
  const languages: Record<Lang, number> = { en: 0, nb: 0, bg: 0 };
  const body: string[] = [];
  let paragraphs = 0;
  for (let section = 0; paragraphs < options.paragraphs; section += 1) {
    const lang = LANGS[section % LANGS.length] as Lang;
    const parts: string[] = [`<h2>${writer.heading(lang)}</h2>`];
    const count = Math.min(SECTION_PARAGRAPHS, options.paragraphs - paragraphs);
    for (let k = 0; k < count; ) {
      if (k > 0 && k % 20 === 0 && count - k >= 3) {
        parts.push(`<ul>${[0, 1, 2].map(() => `<li>${writer.sentence(lang)}</li>`).join('')}</ul>`);
        k += 3;
      } else {
        parts.push(`<p>${writer.paragraph(lang)}</p>`);
        k += 1;
      }
      if (k % 15 === 0 && k < count) parts.push(`<h3>${writer.heading(lang)}</h3>`);
    }
    paragraphs += count;
    languages[lang] += count;
    body.push(`<section lang="${lang}">\n${parts.join('\n')}\n</section>`);
  }
  const title = escapeHtml(options.title ?? 'MgLens benchmark page');
  const html = `<!doctype html>
<html lang="en" data-mglens-bench><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em}.note{color:#555}</style>
</head><body>
<article><h1>${title}</h1>
${body.join('\n')}
</article>
</body></html>
`;
  return { html, words: writer.words, paragraphs, languages };
}

/** Paragraphs (inner HTML, and their language) for a page to append later, the three languages in turn. */
export function extraParagraphs(seed: number, count: number): { lang: Lang; html: string }[] {
  const writer = new Writer(seed, 'terms');
  return Array.from({ length: count }, (_, k) => {
    const lang = LANGS[k % LANGS.length] as Lang;
    return { lang, html: writer.paragraph(lang) };
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
