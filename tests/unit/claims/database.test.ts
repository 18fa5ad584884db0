import { describe, expect, it } from 'vitest';
import { CURATED_CLAIMS } from '../../../src/claims/curated/index.ts';
import {
  loadClaimBundle,
  loadClaimDatabase,
  parseClaimBundle,
  parseClaimDatabase,
} from '../../../src/claims/database.ts';
import { EPOCH_NEWS, FIBRO_PAGE, MIGRENE_BLOG } from '../../../src/claims/sources.ts';
import { CORPUS } from './corpus.ts';

// The generated files are written by the vitest globalSetup (tests/setup/build-claims.ts).
const db = loadClaimDatabase();
const claim = (id: string) => {
  const found = db.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('the built claim database', () => {
  it('holds every curated claim, in order, each with evidence and three statements', () => {
    expect(db.claims.map((c) => c.id)).toEqual(CURATED_CLAIMS.map((c) => c.id));
    expect(db.claims.length).toBeGreaterThanOrEqual(50);
    for (const c of db.claims) {
      expect(c.evidence.length, c.id).toBeGreaterThan(0);
      expect(c.evidence.some((e) => e.stance === 'supports'), c.id).toBe(true);
      for (const text of Object.values(c.statement)) expect(text.length, c.id).toBeGreaterThan(5);
    }
  });

  it('lists the five sources with language and kind, and 000 with where its comments start', () => {
    expect(db.sources.map((s) => [s.id.slice(0, 3), s.language, s.kind])).toEqual([
      ['000', 'nb', 'blog'],
      ['001', 'en', 'commercial'],
      ['002', 'en', 'personal-page'],
      ['003', 'en', 'news'],
      ['004', 'bg', 'medical-article'],
    ]);
    const blog = db.sources.find((s) => s.id === MIGRENE_BLOG)!;
    expect(CORPUS[MIGRENE_BLOG].slice(blog.commentsStart)).toMatch(/^6 kommentarer til/);
  });

  it('anchors every quote where its source says it, with TextQuote context', () => {
    for (const c of db.claims) {
      for (const e of c.evidence) {
        const text = CORPUS[e.source];
        expect(fold(text.slice(e.start, e.end)), `${c.id} in ${e.source}`).toBe(fold(e.quote));
        expect(e.prefix).toBe(text.slice(Math.max(0, e.start - 32), e.start));
        expect(e.suffix).toBe(text.slice(e.end, e.end + 32));
      }
    }
  });

  it('has no evidence from the reader comments of 000', () => {
    const commentsStart = db.sources.find((s) => s.id === MIGRENE_BLOG)!.commentsStart!;
    const fromBlog = db.claims.flatMap((c) => c.evidence).filter((e) => e.source === MIGRENE_BLOG);
    expect(fromBlog.length).toBeGreaterThan(20);
    for (const e of fromBlog) {
      expect(e.start).toBeLessThan(commentsStart);
      expect(e.end).toBeLessThanOrEqual(commentsStart);
    }
  });

  it('shows magnesium citrate as contested: 002 contradicts itself', () => {
    const citrate = claim('magnesium-citrate-well-absorbed');
    expect(citrate.strength.contested).toBe(true);
    expect(citrate.evidence.filter((e) => e.stance === 'contrasts').every((e) => e.source === FIBRO_PAGE)).toBe(true);
    expect(citrate.evidence.some((e) => e.stance === 'contrasts' && e.quote.includes('worst to assimilate'))).toBe(true);
    expect(new Set(citrate.evidence.filter((e) => e.stance === 'supports').map((e) => e.source)).size).toBe(3);
  });

  it('carries the criticism of the 2012 review against "all migraine patients should take magnesium"', () => {
    const all = claim('all-migraine-patients-should-take-magnesium');
    expect(all.strength.contested).toBe(true);
    expect(all.evidence.some((e) => e.stance === 'contrasts' && e.quote.includes('kritisert av to forskere'))).toBe(true);
  });

  it('rates the lone Epsom-salt remark and the unproven chelate belief very low', () => {
    const epsom = claim('epsom-salt-is-magnesium-chloride');
    expect(epsom.evidence.map((e) => e.source)).toEqual([EPOCH_NEWS]);
    expect(epsom.strength.grade).toBe('very-low');
    const chelated = claim('chelated-magnesium-best-absorbed');
    expect(chelated.strength).toMatchObject({ grade: 'very-low', contested: true });
  });

  it('corroborates across languages: NMDA blocking is backed in en, nb and bg', () => {
    expect(claim('magnesium-blocks-nmda-receptors').strength).toMatchObject({ supportingLanguages: 3, contested: false });
  });

  it('keeps high grades rare in a corpus of popular sources', () => {
    expect(db.claims.filter((c) => c.strength.grade === 'high').length).toBeLessThanOrEqual(2);
  });
});

describe('the bundle for the content script', () => {
  const bundle = loadClaimBundle();

  it('has the same claims with short quotes, and no TextQuote context', () => {
    expect(bundle.claims.map((c) => c.id)).toEqual(db.claims.map((c) => c.id));
    for (const c of bundle.claims) {
      for (const e of c.evidence) {
        expect(Object.keys(e).sort()).toEqual(['end', 'hedged', 'kind', 'quote', 'source', 'stance', 'start']);
        expect(e.quote.length).toBeLessThanOrEqual(300);
      }
    }
    expect(JSON.stringify(bundle)).not.toContain('Legg igjen en kommentar');
  });
});

describe('the loaders are a trust boundary', () => {
  it('reject a malformed database with the file name and the fix', () => {
    const broken = { ...db, claims: [{ ...db.claims[0], strength: { grade: 'certain' } }] };
    expect(() => parseClaimDatabase(broken)).toThrow(/database\.json is malformed; run `npm run build:claims`/);
    expect(() => parseClaimDatabase(broken)).toThrow(/strength/);
  });
  it('reject a malformed bundle', () => {
    expect(() => parseClaimBundle({ sources: [], claims: 'none' })).toThrow(/bundle\.json is malformed/);
  });
});
