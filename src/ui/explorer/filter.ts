import { z } from 'zod';
import { GradeSchema, LanguageSchema, TopicSchema, type Claim, type Source } from '../../claims/schema.ts';

/**
 * The explorer's search and filters as pure functions, kept in the page address
 * (`explorer.html?q=…&grade=…&topic=…&lang=…`) so a filtered view can be bookmarked or linked.
 */
export const ClaimFilterSchema = z.object({
  query: z.string(),
  grade: GradeSchema.or(z.literal('any')),
  topic: TopicSchema.or(z.literal('any')),
  /** Language of the evidence sources, not of the statement (every claim is stated in all three). */
  language: LanguageSchema.or(z.literal('any')),
});
export type ClaimFilter = z.infer<typeof ClaimFilterSchema>;

export const NO_FILTER: ClaimFilter = { query: '', grade: 'any', topic: 'any', language: 'any' };

type ClaimFields = Pick<Claim, 'id' | 'statement' | 'topic' | 'strength' | 'evidence'>;
type SourceFields = Pick<Source, 'id' | 'title' | 'language'>;

/**
 * Case-, accent- and spacing-insensitive form for matching: "Magnésium", "MAGNESIUM" and
 * "magnesium" meet, as do "Магнезий" and "магнезий". The same fold is applied to both sides.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

/** Every word must occur somewhere in the claim; quotes are typed with "…" to keep words together. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const [, phrase, word] of foldForSearch(query).matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (phrase ?? word ?? '').trim();
    if (term) terms.push(term);
  }
  return terms;
}

export function claimSearchText(claim: ClaimFields, titles: ReadonlyMap<string, string>): string {
  return foldForSearch(
    [
      claim.id,
      claim.statement.en,
      claim.statement.nb,
      claim.statement.bg,
      ...claim.evidence.flatMap((e) => [e.quote, titles.get(e.source) ?? '']),
    ].join('\n'),
  );
}

export function claimLanguages(claim: ClaimFields, languages: ReadonlyMap<string, string>): Set<string> {
  return new Set(claim.evidence.map((e) => languages.get(e.source)).filter((l): l is string => l !== undefined));
}

export function filterClaims<C extends ClaimFields>(claims: readonly C[], sources: readonly SourceFields[], filter: ClaimFilter): C[] {
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  const languages = new Map(sources.map((s) => [s.id, s.language]));
  const terms = searchTerms(filter.query);
  return claims.filter((claim) => {
    if (filter.grade !== 'any' && claim.strength.grade !== filter.grade) return false;
    if (filter.topic !== 'any' && claim.topic !== filter.topic) return false;
    if (filter.language !== 'any' && !claimLanguages(claim, languages).has(filter.language)) return false;
    if (terms.length === 0) return true;
    const text = claimSearchText(claim, titles);
    return terms.every((term) => text.includes(term));
  });
}

/** Reads the filter from a query string; an unknown value means "any", never an error. */
export function filterFromSearch(search: string): ClaimFilter {
  const params = new URLSearchParams(search);
  const pick = <T extends z.ZodType>(schema: T, value: string | null, fallback: z.infer<T>): z.infer<T> => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    grade: pick(ClaimFilterSchema.shape.grade, params.get('grade'), 'any'),
    topic: pick(ClaimFilterSchema.shape.topic, params.get('topic'), 'any'),
    language: pick(ClaimFilterSchema.shape.language, params.get('lang'), 'any'),
  };
}

/** The query string for a filter; empty parts are left out so the plain page stays `explorer.html`. */
export function filterToSearch(filter: ClaimFilter): string {
  const params = new URLSearchParams();
  if (filter.query.trim()) params.set('q', filter.query);
  if (filter.grade !== 'any') params.set('grade', filter.grade);
  if (filter.topic !== 'any') params.set('topic', filter.topic);
  if (filter.language !== 'any') params.set('lang', filter.language);
  const text = params.toString();
  return text ? `?${text}` : '';
}
