import type {
  CuratedEvidence,
  EvidenceKind,
  Grade,
  Language,
  Source,
  SourceKind,
  Strength,
} from './schema.ts';

/**
 * How strongly the corpus backs a claim: one deterministic function of its evidence and sources.
 * The rubric is documented in docs/evidence-strength.md; keep the two in step, and the unit tests
 * in tests/unit/claims/strength.test.ts pin every rule.
 *
 * Inspired by GRADE: start from the kind of evidence, then move down for imprecision (hedged
 * wording, a single source), risk of bias (popular, commercial, personal sources) and inconsistency
 * (contrasting sources), and up for corroboration by independent sources in several languages.
 * Points move in steps of 2 per grade, so half-steps (a hedge, a lone source) can add up.
 */

/** Starting points by the kind of evidence a quote reports. */
export const KIND_POINTS: Readonly<Record<EvidenceKind, number>> = {
  trial: 8,
  review: 8,
  observational: 6,
  mechanism: 5,
  'expert-opinion': 4,
  assertion: 3,
  anecdote: 2,
};

export const HEDGE_PENALTY = 1;

/** Penalty by the most reliable kind of source among the supporters (risk of bias). */
export const SOURCE_KIND_PENALTY: Readonly<Record<SourceKind, number>> = {
  'medical-article': 0,
  news: 1,
  blog: 1,
  commercial: 2,
  'personal-page': 2,
};

/**
 * Unless a medical article reports a trial or review in support, a claim stops at `moderate`:
 * corroboration can make weak evidence consistent, not strong.
 */
export const CAP_WITHOUT_TRIAL_IN_MEDICAL_ARTICLE = 7;
export const CONTRAST_PENALTY_PER_SOURCE = 2;
export const CONTRAST_PENALTY_MAX = 4;

/** Lowest points for each grade, best first. */
export const GRADE_FLOORS: ReadonlyArray<readonly [Grade, number]> = [
  ['high', 8],
  ['moderate', 6],
  ['low', 4],
  ['very-low', Number.NEGATIVE_INFINITY],
];

export type GradedEvidence = Pick<CuratedEvidence, 'source' | 'stance' | 'kind' | 'hedged'>;
type SourceFacts = Pick<Source, 'id' | 'language' | 'kind'>;

const KIND_ORDER = Object.keys(KIND_POINTS) as EvidenceKind[];

export function itemPoints(e: Pick<GradedEvidence, 'kind' | 'hedged'>): number {
  return KIND_POINTS[e.kind] - (e.hedged ? HEDGE_PENALTY : 0);
}

/** Best item first; ties go to the unhedged item, then to the kind listed first, so order never matters. */
function strongestFirst(a: GradedEvidence, b: GradedEvidence): number {
  return (
    itemPoints(b) - itemPoints(a) ||
    Number(a.hedged) - Number(b.hedged) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  );
}

/** Three independent sources are the baseline: -1 for each one short of it, +1 for each language beyond the first. */
export function corroborationPoints(sources: number, languages: number): number {
  return Math.min(sources, 3) - 3 + Math.max(languages - 1, 0);
}

export function gradeFor(points: number): Grade {
  return GRADE_FLOORS.find(([, floor]) => points >= floor)![0];
}

interface Tally {
  sources: Set<string>;
  languages: Set<Language>;
}

function tally(items: readonly GradedEvidence[], byId: ReadonlyMap<string, SourceFacts>): Tally {
  const sources = new Set<string>();
  const languages = new Set<Language>();
  for (const item of items) {
    const source = byId.get(item.source);
    if (!source) throw new Error(`strength: unknown source ${item.source}`);
    sources.add(source.id);
    languages.add(source.language);
  }
  return { sources, languages };
}

export function computeStrength(
  evidence: readonly GradedEvidence[],
  sources: readonly SourceFacts[],
): Strength {
  const byId = new Map(sources.map((s) => [s.id as string, s]));
  const supporting = evidence.filter((e) => e.stance === 'supports');
  const contrasting = evidence.filter((e) => e.stance === 'contrasts');
  const pro = tally(supporting, byId);
  const con = tally(contrasting, byId);

  // A source that both supports and contrasts (002 on citrate) counts on both sides.
  let points = 0;
  let strongest: GradedEvidence | undefined;
  let bestSourceKind: SourceKind | undefined;
  if (supporting.length > 0) {
    strongest = [...supporting].sort(strongestFirst)[0]!;
    bestSourceKind = [...pro.sources]
      .map((id) => byId.get(id)!.kind)
      .reduce((best, k) => (SOURCE_KIND_PENALTY[k] < SOURCE_KIND_PENALTY[best] ? k : best));
    points =
      itemPoints(strongest) +
      corroborationPoints(pro.sources.size, pro.languages.size) -
      SOURCE_KIND_PENALTY[bestSourceKind];
    const trialInMedicalArticle = supporting.some(
      (e) => (e.kind === 'trial' || e.kind === 'review') && byId.get(e.source)!.kind === 'medical-article',
    );
    if (!trialInMedicalArticle) {
      points = Math.min(points, CAP_WITHOUT_TRIAL_IN_MEDICAL_ARTICLE);
    }
  }
  points -= Math.min(CONTRAST_PENALTY_MAX, CONTRAST_PENALTY_PER_SOURCE * con.sources.size);

  const facts: ReasonFacts = {
    supporting: pro.sources.size,
    supportingLanguages: pro.languages.size,
    contrasting: con.sources.size,
    bothSides: [...con.sources].filter((id) => pro.sources.has(id)).length,
    strongest,
    bestSourceKind,
  };
  return {
    grade: gradeFor(points),
    contested: con.sources.size > 0,
    supporting: pro.sources.size,
    contrasting: con.sources.size,
    supportingLanguages: pro.languages.size,
    contrastingLanguages: con.languages.size,
    reasons: { en: reasonsIn('en', facts), nb: reasonsIn('nb', facts), bg: reasonsIn('bg', facts) },
    points,
    ...(strongest ? { strongestKind: strongest.kind } : {}),
  };
}

interface ReasonFacts {
  supporting: number;
  supportingLanguages: number;
  contrasting: number;
  /** Contrasting sources that also support the claim (002 on citrate). */
  bothSides: number;
  strongest: GradedEvidence | undefined;
  /** The most reliable kind of source among the supporters. */
  bestSourceKind: SourceKind | undefined;
}

interface Phrases {
  none: string;
  one: string;
  many: (n: number, languages: number) => string;
  strongest: string;
  cautious: string;
  kinds: Record<EvidenceKind, string>;
  popular: string;
  commercialOrPersonal: string;
  noContrast: string;
  contrasts: (n: number) => string;
  /** Every contrasting source also supports the claim. */
  alsoOpposite: (n: number) => string;
  /** Some of the contrasting sources also support it. */
  someAlsoSupport: (n: number, both: number) => string;
}

const PHRASES: Record<Language, Phrases> = {
  en: {
    none: 'No source supports this',
    one: 'Only 1 source supports this',
    many: (n, l) => `${n} independent sources in ${l} ${l === 1 ? 'language' : 'languages'} agree`,
    strongest: 'the strongest evidence is',
    cautious: ', worded cautiously',
    kinds: {
      trial: 'a reported clinical trial',
      review: 'a summary of studies',
      observational: 'observational findings',
      mechanism: 'a proposed mechanism',
      'expert-opinion': 'expert opinion',
      assertion: 'an unreferenced statement',
      anecdote: 'anecdote',
    },
    popular: 'Popular sources only',
    commercialOrPersonal: 'Only commercial or personal pages',
    noContrast: 'no source contrasts',
    contrasts: (n) => (n === 1 ? '1 source contrasts' : `${n} sources contrast`),
    alsoOpposite: (n) => (n === 1 ? '1 source also says the opposite' : `${n} sources also say the opposite`),
    someAlsoSupport: (n, k) => `${n} sources contrast, ${k} of them also supporting it`,
  },
  nb: {
    none: 'Ingen kilde støtter dette',
    one: 'Bare 1 kilde støtter dette',
    many: (n, l) => `${n} uavhengige kilder på ${l} språk er enige`,
    strongest: 'det sterkeste belegget er',
    cautious: ', forsiktig formulert',
    kinds: {
      trial: 'en omtalt klinisk studie',
      review: 'en oppsummering av studier',
      observational: 'observasjonsfunn',
      mechanism: 'en foreslått mekanisme',
      'expert-opinion': 'en ekspertvurdering',
      assertion: 'en påstand uten kilde',
      anecdote: 'enkeltberetninger',
    },
    popular: 'Bare populærkilder',
    commercialOrPersonal: 'Bare kommersielle eller personlige sider',
    noContrast: 'ingen kilde sier imot',
    contrasts: (n) => (n === 1 ? '1 kilde sier imot' : `${n} kilder sier imot`),
    alsoOpposite: (n) => (n === 1 ? '1 kilde sier også det motsatte' : `${n} kilder sier også det motsatte`),
    someAlsoSupport: (n, k) => `${n} kilder sier imot, ${k} av dem støtter det også`,
  },
  bg: {
    none: 'Нито един източник не подкрепя това',
    one: 'Само 1 източник подкрепя това',
    many: (n, l) => `${n} независими източника на ${l} ${l === 1 ? 'език' : 'езика'} са съгласни`,
    strongest: 'най-силното доказателство е',
    cautious: ', формулирано предпазливо',
    kinds: {
      trial: 'описано клинично изпитване',
      review: 'обобщение на проучвания',
      observational: 'наблюдателни данни',
      mechanism: 'предполагаем механизъм',
      'expert-opinion': 'експертно мнение',
      assertion: 'твърдение без източник',
      anecdote: 'лични разкази',
    },
    popular: 'Само популярни източници',
    commercialOrPersonal: 'Само търговски или лични страници',
    noContrast: 'нито един източник не противоречи',
    contrasts: (n) => (n === 1 ? '1 източник противоречи' : `${n} източника противоречат`),
    alsoOpposite: (n) => (n === 1 ? '1 източник твърди и обратното' : `${n} източника твърдят и обратното`),
    someAlsoSupport: (n, k) => `${n} източника противоречат, ${k} от тях и подкрепят`,
  },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Two plain sentences: who supports it and how well; then what weakens it. */
function reasonsIn(language: Language, f: ReasonFacts): string {
  const p = PHRASES[language];
  let first: string;
  if (!f.strongest) first = p.none;
  else {
    const who = f.supporting === 1 ? p.one : p.many(f.supporting, f.supportingLanguages);
    first = `${who}; ${p.strongest} ${p.kinds[f.strongest.kind]}${f.strongest.hedged ? p.cautious : ''}`;
  }
  const caveats: string[] = [];
  if (f.bestSourceKind === 'news' || f.bestSourceKind === 'blog') caveats.push(p.popular);
  if (f.bestSourceKind === 'commercial' || f.bestSourceKind === 'personal-page') {
    caveats.push(p.commercialOrPersonal);
  }
  if (f.contrasting === 0) caveats.push(p.noContrast);
  else if (f.bothSides === f.contrasting) caveats.push(p.alsoOpposite(f.contrasting));
  else if (f.bothSides > 0) caveats.push(p.someAlsoSupport(f.contrasting, f.bothSides));
  else caveats.push(p.contrasts(f.contrasting));
  return `${first}. ${capitalise(caveats.join('; '))}.`;
}
