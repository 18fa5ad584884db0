import type { Claim, ClaimDatabase } from '../../../../src/claims/schema.ts';

const strength = (grade: Claim['strength']['grade'], contested = false): Claim['strength'] => ({
  grade,
  contested,
  supporting: 1,
  contrasting: contested ? 1 : 0,
  supportingLanguages: 1,
  contrastingLanguages: contested ? 1 : 0,
  reasons: { en: `Reasons ${grade}.`, nb: `Grunner ${grade}.`, bg: `Причини ${grade}.` },
});

const evidence = (source: Claim['evidence'][number]['source'], quote: string, stance: 'supports' | 'contrasts' = 'supports') => ({
  source,
  quote,
  stance,
  kind: 'assertion' as const,
  hedged: false,
  start: 0,
  end: quote.length,
  prefix: '',
  suffix: '',
});

export const database: ClaimDatabase = {
  sources: [
    { id: '000_465aad8e3f0e76aa.txt', title: 'Magnesium og migrene', language: 'nb', kind: 'blog' },
    { id: '001_d2989948f6cce1c0.txt', title: 'Magnesium glycinate for migraine', language: 'en', kind: 'commercial' },
    { id: '004_93ee198eb23e6ed1.txt', title: 'Магнезий в неврологията', language: 'bg', kind: 'medical-article' },
  ],
  claims: [
    {
      id: 'magnesium-blocks-nmda',
      statement: { en: 'Magnesium blocks NMDA receptors.', nb: 'Magnesium blokkerer NMDA-reseptorer.', bg: 'Магнезият блокира NMDA рецепторите.' },
      concepts: ['magnesium', 'nmda-receptor'],
      topic: 'mechanism',
      evidence: [evidence('004_93ee198eb23e6ed1.txt', 'Магнезият блокира NMDA рецепторите в мозъка.')],
      strength: strength('low'),
    },
    {
      id: 'citrate-well-absorbed',
      statement: { en: 'Magnesium citrate is well absorbed.', nb: 'Magnesiumsitrat tas godt opp.', bg: 'Магнезиевият цитрат се усвоява добре.' },
      concepts: ['magnesium-citrate', 'absorption'],
      topic: 'forms',
      evidence: [
        evidence('000_465aad8e3f0e76aa.txt', 'Magnesiumsitrat er en form som tas godt opp i tarmen.'),
        evidence('001_d2989948f6cce1c0.txt', 'citrate is among the worst to assimilate <script>x</script>', 'contrasts'),
      ],
      strength: strength('very-low', true),
    },
    {
      id: 'magnesium-prevents-migraine',
      statement: { en: 'Magnesium can prevent migraine attacks.', nb: 'Magnesium kan forebygge migreneanfall.', bg: 'Магнезият може да предотврати пристъпи на мигрена.' },
      concepts: ['magnesium', 'migraine'],
      topic: 'efficacy',
      evidence: [evidence('001_d2989948f6cce1c0.txt', 'Research suggests magnesium, taken daily, may reduce migraine frequency.')],
      strength: strength('moderate'),
    },
  ],
} as ClaimDatabase;
