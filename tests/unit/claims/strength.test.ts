import { describe, expect, it } from 'vitest';
import type { EvidenceKind, Language, SourceId, SourceKind } from '../../../src/claims/schema.ts';
import { computeStrength, gradeFor, type GradedEvidence } from '../../../src/claims/strength.ts';

// Expected numbers are typed in literally, not read from the module's constants, so that a change
// to the rubric fails here and has to be made in docs/evidence-strength.md as well.

const [A, B, C, D, E] = [
  '000_465aad8e3f0e76aa.txt',
  '001_d2989948f6cce1c0.txt',
  '002_1c2bfa70c31f855c.txt',
  '003_218cf1f8deaf40de.txt',
  '004_93ee198eb23e6ed1.txt',
] as const satisfies readonly SourceId[];

/** Synthetic sources: the ids are real, the language and kind are whatever a test needs. */
function sources(...spec: Array<[SourceId, Language, SourceKind]>) {
  return spec.map(([id, language, kind]) => ({ id, language, kind }));
}

const pro = (source: SourceId, kind: EvidenceKind, hedged = false): GradedEvidence => ({
  source,
  kind,
  hedged,
  stance: 'supports',
});
const con = (source: SourceId, kind: EvidenceKind = 'assertion'): GradedEvidence => ({
  source,
  kind,
  hedged: false,
  stance: 'contrasts',
});

const MEDICAL = sources([A, 'en', 'medical-article']);

describe('strength: starting points by evidence kind', () => {
  // One medical-article source: start - 2 for a lone source, no source penalty.
  it.each([
    ['trial', 6],
    ['review', 6],
    ['observational', 4],
    ['mechanism', 3],
    ['expert-opinion', 2],
    ['assertion', 1],
    ['anecdote', 0],
  ] as const)('a lone medical article reporting %s scores %i', (kind, points) => {
    expect(computeStrength([pro(A, kind)], MEDICAL).points).toBe(points);
  });

  it('takes the strongest supporting item', () => {
    const s = computeStrength([pro(A, 'anecdote'), pro(A, 'trial'), pro(A, 'assertion')], MEDICAL);
    expect(s.strongestKind).toBe('trial');
    expect(s.points).toBe(6);
  });

  it('does not depend on the order of the evidence', () => {
    const items = [pro(A, 'observational', true), pro(A, 'mechanism'), pro(A, 'review', true)];
    const forward = computeStrength(items, MEDICAL);
    const backward = computeStrength([...items].reverse(), MEDICAL);
    expect(backward).toEqual(forward);
    expect(forward.strongestKind).toBe('review');
  });
});

describe('strength: hedging', () => {
  it('a hedged item counts one point less', () => {
    expect(computeStrength([pro(A, 'trial', true)], MEDICAL).points).toBe(5);
  });
  it('an unhedged item beats a hedged one of the same kind, and the reasons say so', () => {
    const s = computeStrength([pro(A, 'review', true), pro(A, 'review')], MEDICAL);
    expect(s.points).toBe(6);
    expect(s.reasons.en).not.toContain('cautiously');
    expect(computeStrength([pro(A, 'review', true)], MEDICAL).reasons.en).toContain('worded cautiously');
  });
});

describe('strength: corroboration', () => {
  const med = (n: number, langs: Language[]) =>
    sources(...[A, B, C, D, E].slice(0, n).map((id, i) => [id, langs[i % langs.length]!, 'medical-article'] as [SourceId, Language, SourceKind]));
  const mechanismFrom = (n: number) => [A, B, C, D, E].slice(0, n).map((id) => pro(id, 'mechanism'));

  it.each([
    [1, ['en'], 3],
    [2, ['en'], 4],
    [3, ['en'], 5],
    [4, ['en'], 5],
    [2, ['en', 'nb'], 5],
    [3, ['en', 'nb'], 6],
    [3, ['en', 'nb', 'bg'], 7],
  ] as const)('%i sources in languages %j: mechanism scores %i', (n, langs, points) => {
    expect(computeStrength(mechanismFrom(n), med(n, [...langs])).points).toBe(points);
  });

  it('counts distinct sources, not quotes', () => {
    const s = computeStrength([pro(A, 'mechanism'), pro(A, 'mechanism'), pro(A, 'mechanism')], MEDICAL);
    expect(s.supporting).toBe(1);
    expect(s.points).toBe(3);
  });
});

describe('strength: kind of source', () => {
  it.each([
    ['medical-article', 6],
    ['news', 5],
    ['blog', 5],
    ['commercial', 4],
    ['personal-page', 4],
  ] as const)('a lone %s reporting a trial scores %i', (kind, points) => {
    expect(computeStrength([pro(A, 'trial')], sources([A, 'en', kind])).points).toBe(points);
  });

  it('uses the most reliable supporter', () => {
    const s = computeStrength(
      [pro(A, 'mechanism'), pro(B, 'mechanism')],
      sources([A, 'en', 'commercial'], [B, 'en', 'medical-article']),
    );
    expect(s.points).toBe(4);
    expect(s.reasons.en).not.toMatch(/only/i);
  });

  it('says when only popular or only commercial/personal sources support it', () => {
    expect(computeStrength([pro(A, 'trial')], sources([A, 'en', 'news'])).reasons.en).toContain('Popular sources only');
    expect(computeStrength([pro(A, 'trial')], sources([A, 'en', 'personal-page'])).reasons.en).toContain(
      'Only commercial or personal pages',
    );
  });
});

describe('strength: cap without a trial or review in a medical article', () => {
  const three = sources([A, 'en', 'medical-article'], [B, 'nb', 'medical-article'], [C, 'bg', 'medical-article']);

  it('a trial in a medical article, corroborated, can be high', () => {
    const s = computeStrength([pro(A, 'trial'), pro(B, 'mechanism'), pro(C, 'mechanism')], three);
    expect(s.points).toBe(10);
    expect(s.grade).toBe('high');
  });
  it('observational evidence stops at moderate however corroborated', () => {
    const s = computeStrength([pro(A, 'observational'), pro(B, 'observational'), pro(C, 'observational')], three);
    expect(s.points).toBe(7);
    expect(s.grade).toBe('moderate');
  });
  it('a trial reported only by popular sources stops at moderate', () => {
    const popular = sources([A, 'en', 'news'], [B, 'nb', 'blog'], [C, 'bg', 'news']);
    const s = computeStrength([pro(A, 'trial'), pro(B, 'trial'), pro(C, 'trial')], popular);
    expect(s.points).toBe(7);
  });
  it('the trial must come from the medical article itself', () => {
    const mixed = sources([A, 'en', 'news'], [B, 'nb', 'medical-article'], [C, 'bg', 'news']);
    const s = computeStrength([pro(A, 'trial'), pro(B, 'mechanism'), pro(C, 'mechanism')], mixed);
    expect(s.points).toBe(7);
  });
});

describe('strength: contrasting sources', () => {
  const two = sources([A, 'en', 'medical-article'], [B, 'nb', 'news'], [C, 'bg', 'blog'], [D, 'en', 'news']);

  it('one contrasting source costs a grade and marks the claim contested', () => {
    const s = computeStrength([pro(A, 'trial'), con(B)], two);
    expect(s.points).toBe(4);
    expect(s.contested).toBe(true);
    expect(s.contrasting).toBe(1);
    expect(s.contrastingLanguages).toBe(1);
    expect(s.reasons.en).toContain('1 source contrasts');
  });
  it('each further contrasting source costs another grade, up to two grades', () => {
    expect(computeStrength([pro(A, 'trial'), con(B), con(C)], two).points).toBe(2);
    expect(computeStrength([pro(A, 'trial'), con(B), con(C), con(D)], two).points).toBe(2);
  });
  it('a source on both sides counts on both, and the reasons say it also says the opposite', () => {
    const s = computeStrength([pro(A, 'trial'), con(A)], MEDICAL);
    expect([s.supporting, s.contrasting, s.points]).toEqual([1, 1, 4]);
    expect(s.reasons.en).toContain('1 source also says the opposite');
    expect(s.reasons.nb).toContain('sier også det motsatte');
    expect(s.reasons.bg).toContain('твърди и обратното');
  });
  it('without contrast the claim is not contested', () => {
    const s = computeStrength([pro(A, 'trial')], MEDICAL);
    expect(s.contested).toBe(false);
    expect(s.reasons.en).toContain('No source contrasts');
  });
  it('a claim nothing supports is very low', () => {
    const s = computeStrength([con(A)], MEDICAL);
    expect(s.grade).toBe('very-low');
    expect(s.supporting).toBe(0);
    expect(s.strongestKind).toBeUndefined();
    expect(s.reasons.en).toMatch(/^No source supports this\./);
  });
});

describe('strength: grades and reasons', () => {
  it.each([
    [10, 'high'],
    [8, 'high'],
    [7, 'moderate'],
    [6, 'moderate'],
    [5, 'low'],
    [4, 'low'],
    [3, 'very-low'],
    [-4, 'very-low'],
  ] as const)('%i points is %s', (points, grade) => {
    expect(gradeFor(points)).toBe(grade);
  });

  it('writes one or two plain sentences in each language', () => {
    const s = computeStrength(
      [pro(A, 'review'), pro(B, 'mechanism'), pro(C, 'assertion'), con(C)],
      sources([A, 'nb', 'blog'], [B, 'en', 'commercial'], [C, 'bg', 'news']),
    );
    expect(s.reasons.en).toBe(
      '3 independent sources in 3 languages agree; the strongest evidence is a summary of studies. Popular sources only; 1 source also says the opposite.',
    );
    expect(s.reasons.nb).toBe(
      '3 uavhengige kilder på 3 språk er enige; det sterkeste belegget er en oppsummering av studier. Bare populærkilder; 1 kilde sier også det motsatte.',
    );
    expect(s.reasons.bg).toBe(
      '3 независими източника на 3 езика са съгласни; най-силното доказателство е обобщение на проучвания. Само популярни източници; 1 източник твърди и обратното.',
    );
  });

  it('names a lone source plainly', () => {
    const s = computeStrength([pro(A, 'assertion')], sources([A, 'en', 'news']));
    expect(s.reasons.en).toBe(
      'Only 1 source supports this; the strongest evidence is an unreferenced statement. Popular sources only; no source contrasts.',
    );
  });

  it('rejects evidence from a source it was not told about', () => {
    expect(() => computeStrength([pro(B, 'trial')], MEDICAL)).toThrow(/unknown source/);
  });
});
