import type { AnchoredEvidence, Claim, Source, Strength } from '../claims/schema.ts';
import type { UiLocale } from '../i18n/locale.ts';
import type { ExportCollection, ExportDocument, ExportItem } from './schema.ts';

/**
 * Turns what the content script reports (and the collection stores) into an ExportDocument, adding
 * from the claim database what a page match does not carry: strength, reasons and the quotes.
 * Typed structurally so both the full database (extension pages, CLI) and the content script's
 * slim bundle fit.
 */
export type MatchInput = Pick<ExportItem, 'sentence' | 'start' | 'end' | 'prefix' | 'suffix' | 'claimId' | 'polarity'> &
  Partial<Pick<ExportItem, 'statement' | 'grade'>>;

export interface PageInput {
  readonly url: string;
  readonly title: string;
  readonly matches: readonly MatchInput[];
}

export interface ClaimSource {
  readonly sources: readonly Pick<Source, 'id' | 'title'>[];
  readonly claims: readonly (Pick<Claim, 'id' | 'statement'> & {
    readonly strength: Pick<Strength, 'grade' | 'contested' | 'reasons'>;
    readonly evidence: readonly Pick<AnchoredEvidence, 'source' | 'stance' | 'quote' | 'kind'>[];
  })[];
}

export interface ExportOptions {
  readonly locale: UiLocale;
  /** ISO timestamp; for a saved page, when it was saved. */
  readonly exportedAt: string;
}

/** The TextQuoteSelector context the exports keep (hypothesis uses the same length). */
export const EXPORT_CONTEXT_CHARS = 32;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The last `n` characters, never starting in the middle of a surrogate pair. */
function tail(text: string, n: number): string {
  if (text.length <= n) return text;
  const from = text.length - n;
  return isHighSurrogate(text.charCodeAt(from - 1)) ? text.slice(from + 1) : text.slice(from);
}

/** The first `n` characters, never ending in the middle of a surrogate pair. */
function head(text: string, n: number): string {
  if (text.length <= n) return text;
  return isHighSurrogate(text.charCodeAt(n - 1)) ? text.slice(0, n - 1) : text.slice(0, n);
}

function toItem(match: MatchInput, db: ClaimSource, titles: ReadonlyMap<string, string>, locale: UiLocale): ExportItem | null {
  const claim = db.claims.find((c) => c.id === match.claimId);
  const context = {
    sentence: match.sentence,
    start: match.start,
    end: match.end,
    prefix: tail(match.prefix, EXPORT_CONTEXT_CHARS),
    suffix: head(match.suffix, EXPORT_CONTEXT_CHARS),
    claimId: match.claimId,
    polarity: match.polarity,
  };
  if (!claim) {
    // A page saved before the database changed may name a claim that is gone: keep the sentence
    // with what the match itself recorded, but never invent a grade for it.
    if (!match.statement || !match.grade) return null;
    return { ...context, statement: match.statement, grade: match.grade, contested: false, reasons: '', sources: [] };
  }
  return {
    ...context,
    statement: claim.statement,
    grade: claim.strength.grade,
    contested: claim.strength.contested,
    reasons: claim.strength.reasons[locale],
    sources: claim.evidence.map((e) => ({
      id: e.source,
      title: titles.get(e.source) ?? e.source,
      stance: e.stance,
      quote: e.quote,
      kind: e.kind,
    })),
  };
}

export function toExportDocument(page: PageInput, db: ClaimSource, options: ExportOptions): ExportDocument {
  const titles = new Map(db.sources.map((s) => [s.id, s.title]));
  const items = [...page.matches]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => toItem(m, db, titles, options.locale))
    .filter((item): item is ExportItem => item !== null);
  return { page: { url: page.url, title: page.title, exportedAt: options.exportedAt }, locale: options.locale, items };
}

/** Each saved page keeps its own save time as its `exportedAt`: that is when its claims were seen. */
export function toExportCollection(
  pages: readonly (PageInput & { readonly savedAt: string })[],
  db: ClaimSource,
  options: ExportOptions,
): ExportCollection {
  return {
    exportedAt: options.exportedAt,
    locale: options.locale,
    documents: pages.map((page) => toExportDocument(page, db, { locale: options.locale, exportedAt: page.savedAt })),
  };
}
