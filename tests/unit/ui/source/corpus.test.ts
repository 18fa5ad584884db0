import { describe, expect, it } from 'vitest';
import { loadClaimDatabase } from '../../../../src/claims/database.ts';
import { SOURCE_IDS } from '../../../../src/claims/schema.ts';
import { SOURCE_TEXTS, sourceText } from '../../../../src/ui/source/corpus.ts';
import { quotedPassages } from '../../../../src/ui/source/passages.ts';
import { segmentText } from '../../../../src/ui/source/segments.ts';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('bundled source texts', () => {
  it('holds every source the database names, and nothing for other names', () => {
    expect(Object.keys(SOURCE_TEXTS).sort()).toEqual([...SOURCE_IDS].sort());
    expect(sourceText('constructor')).toBeUndefined();
    expect(sourceText('../package.json')).toBeUndefined();
  });

  it('are the texts the database was anchored in: every quote sits at its offsets', () => {
    const db = loadClaimDatabase();
    for (const claim of db.claims) {
      for (const e of claim.evidence) {
        expect(fold(SOURCE_TEXTS[e.source].slice(e.start, e.end)), `${claim.id} in ${e.source}`).toBe(fold(e.quote));
      }
    }
  });

  it('cover each text exactly once when cut at every quote of the real database', () => {
    const db = loadClaimDatabase();
    for (const id of SOURCE_IDS) {
      const text = SOURCE_TEXTS[id];
      const runs = segmentText(text.length, quotedPassages(db.claims, id));
      expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
      expect(runs.some((r) => r.claimIds.length > 0)).toBe(true);
    }
  });
});
