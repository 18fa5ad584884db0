import type { Claim, ClaimDatabase } from '../../../../src/claims/schema.ts';

/** A small database over one hostile text, with overlapping quotes. */
export const TEXT =
  'Magnesium og migrene\n\nMagnesium blokkerer NMDA-reseptorer. <script>alert(1)</script> Les mer på https://evil.example/scam nå.\n  Innrykket linje.';

const at = (quote: string) => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { start, end: start + quote.length };
};

const strength: Claim['strength'] = {
  grade: 'low',
  contested: false,
  supporting: 1,
  contrasting: 0,
  supportingLanguages: 1,
  contrastingLanguages: 0,
  reasons: { en: 'One source.', nb: 'Én kilde.', bg: 'Един източник.' },
};

function claim(id: string, quote: string, stance: 'supports' | 'contrasts' = 'supports'): Claim {
  return {
    id,
    statement: { en: `Statement ${id}`, nb: `Påstand ${id}`, bg: `Твърдение ${id}` },
    concepts: ['magnesium', 'migraine'],
    topic: 'mechanism',
    evidence: [
      { source: '000_465aad8e3f0e76aa.txt', quote, stance, kind: 'assertion', hedged: false, ...at(quote), prefix: '', suffix: '' },
    ],
    strength,
  };
}

export const database: ClaimDatabase = {
  sources: [
    { id: '000_465aad8e3f0e76aa.txt', title: 'Magnesium og migrene', language: 'nb', kind: 'blog' },
    { id: '001_d2989948f6cce1c0.txt', title: 'Glycinate', language: 'en', kind: 'commercial' },
  ],
  claims: [
    claim('blocks-nmda', 'Magnesium blokkerer NMDA-reseptorer.'),
    // Overlaps the first quote: the shared words carry both claim ids.
    claim('nmda-receptors', 'NMDA-reseptorer. <script>alert(1)</script>', 'contrasts'),
  ],
};

export const texts: Record<string, string> = { '000_465aad8e3f0e76aa.txt': TEXT, '001_d2989948f6cce1c0.txt': 'Other text.' };
export const textOf = (id: string) => texts[id];
