import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClaimDatabase } from '../../../src/claims/database.ts';
import { createMatcher } from '../../../src/matching/matcher.ts';

/**
 * Precision and recall of the matcher on sentences written for this test (tests/fixtures/matching,
 * see its README). A prediction is right when both the claim and the polarity match the label.
 * Precision counts every prediction, including any made for a sentence that makes no claim;
 * recall counts the sentences that make a claim.
 */

interface Labelled {
  readonly text: string;
  readonly claim: string | null;
  readonly polarity?: 'affirms' | 'denies';
  readonly lang?: string;
}

const LANGUAGES = ['en', 'nb', 'bg'] as const;
const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'matching');
const load = (name: string): Labelled[] => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Labelled[];

const db = loadClaimDatabase();
const matcher = createMatcher(db);

interface Score {
  tp: number;
  fp: number;
  labelled: number;
  misses: string[];
}

function evaluate(lang: (typeof LANGUAGES)[number]): Score {
  const sentences = [...load(lang), ...load('none').filter((s) => s.lang === lang)];
  const score: Score = { tp: 0, fp: 0, labelled: 0, misses: [] };
  for (const s of sentences) {
    const [match] = matcher.matchText(s.text, lang).matches;
    if (s.claim !== null) score.labelled++;
    const right = match !== undefined && match.claimId === s.claim && match.polarity === s.polarity;
    if (right) score.tp++;
    else if (match) score.fp++;
    if (!right && (match || s.claim !== null)) {
      const got = match ? `${match.claimId} (${match.polarity})` : 'nothing';
      score.misses.push(`  ${s.text}\n    expected ${s.claim ?? 'nothing'}${s.polarity ? ` (${s.polarity})` : ''}, got ${got}`);
    }
  }
  return score;
}

describe('matching quality on labelled paraphrases', () => {
  it('uses only claim ids the database has', () => {
    const ids = new Set(db.claims.map((c) => c.id));
    for (const name of [...LANGUAGES, 'none']) for (const s of load(name)) if (s.claim !== null) expect(ids, s.text).toContain(s.claim);
  });

  it('has at least 40 claim sentences per language and 30 sentences without a claim', () => {
    for (const lang of LANGUAGES) expect(load(lang).length).toBeGreaterThanOrEqual(40);
    expect(load('none').length).toBeGreaterThanOrEqual(30);
  });

  it.each(LANGUAGES)('%s: precision >= 0.95 and recall >= 0.90', (lang) => {
    const { tp, fp, labelled, misses } = evaluate(lang);
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp / labelled;
    console.log(
      `matching quality ${lang}: precision ${precision.toFixed(3)} (${tp}/${tp + fp}), recall ${recall.toFixed(3)} (${tp}/${labelled})` +
        (misses.length ? `\n${misses.join('\n')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
