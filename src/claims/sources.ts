import { SOURCE_IDS, SourceSchema, type Source, type SourceId } from './schema.ts';

/**
 * The five documents of the corpus. File names are the source ids everywhere; the short constant
 * names below exist only so the curated claims read well.
 */
export const MIGRENE_BLOG = '000_465aad8e3f0e76aa.txt';
export const GLYCINATE_PAGE = '001_d2989948f6cce1c0.txt';
export const FIBRO_PAGE = '002_1c2bfa70c31f855c.txt';
export const EPOCH_NEWS = '003_218cf1f8deaf40de.txt';
export const NEURO_ARTICLE = '004_93ee198eb23e6ed1.txt';

/** The text of every source, keyed by id (read from corpus/ by the scripts, never by src/). */
export type SourceTexts = Readonly<Record<SourceId, string>>;

type SourceMeta = Omit<Source, 'id' | 'commentsStart'> & {
  /** Text that opens the reader comments; the build locates it, so offsets are never typed in. */
  commentsMarker?: string;
};

/**
 * What each document is. Titles are the document's own first line where it has one; 002 and 004
 * have none, so theirs describe the content. A year is given only where the text states the
 * document's own date (000 mentions 2012, but that is the year of the review it summarises).
 */
const META: Record<SourceId, SourceMeta> = {
  [MIGRENE_BLOG]: {
    title: 'Magnesium og migrene',
    language: 'nb',
    kind: 'blog',
    commentsMarker: 'kommentarer til',
  },
  [GLYCINATE_PAGE]: {
    title: 'The Connection Between Magnesium Deficiency and Migraines',
    language: 'en',
    // Promotes one supplement form, cites nothing, and compares products on price: marketing copy.
    kind: 'commercial',
  },
  [FIBRO_PAGE]: {
    title: 'Magnesium and fibromyalgia (research notes)',
    language: 'en',
    kind: 'personal-page',
    year: 2007,
    author: 'Mark R. London',
    hardWrapped: true,
  },
  [EPOCH_NEWS]: {
    title: 'Magnesium Could Relieve Fibromyalgia and Migraines, and How It Works',
    language: 'en',
    kind: 'news',
    // The article quotes a dietitian who "told The Epoch Times".
    publisher: 'The Epoch Times',
  },
  [NEURO_ARTICLE]: {
    title: 'Магнезият в неврологията',
    language: 'bg',
    kind: 'medical-article',
  },
};

/** Offset of the start of the line holding `marker`, or undefined when the text lacks it. */
function lineStartOf(text: string, marker: string): number | undefined {
  const at = text.indexOf(marker);
  if (at < 0) return undefined;
  return text.lastIndexOf('\n', at) + 1;
}

/**
 * The source list, with offsets computed from the texts. Throws when a declared comments marker
 * is missing: the text changed and the comment guard would silently stop working.
 */
export function describeSources(texts: SourceTexts): Source[] {
  return SOURCE_IDS.map((id) => {
    const { commentsMarker, ...meta } = META[id];
    const text = texts[id];
    if (typeof text !== 'string') throw new Error(`source ${id}: text missing`);
    let commentsStart: number | undefined;
    if (commentsMarker !== undefined) {
      commentsStart = lineStartOf(text, commentsMarker);
      if (commentsStart === undefined) {
        throw new Error(`source ${id}: comments marker "${commentsMarker}" not found`);
      }
    }
    return SourceSchema.parse({ id, ...meta, ...(commentsStart === undefined ? {} : { commentsStart }) });
  });
}
