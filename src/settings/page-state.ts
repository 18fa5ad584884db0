import { z } from 'zod/mini';
import type { Language } from '../claims/schema.ts';
import { GRADES } from '../claims/values.ts';

/**
 * What the content script reports about the page it annotates: the popup shows it, the saved
 * collection keeps it, and the exports (src/export/) are built from it. The bounds keep a hostile
 * page from making the popup or storage hold megabytes; the content script truncates to them.
 */
export const PAGE_LIMITS = {
  matches: 2000,
  id: 200,
  sentence: 4000,
  /** TextQuoteSelector prefix/suffix; the exports use 32 characters. */
  context: 200,
  url: 8192,
  title: 1000,
} as const;

/** Whether the page affirms the claim or denies it ("magnesium does not help migraine"). */
export const PolaritySchema = z.enum(['affirms', 'denies']);
export type Polarity = z.infer<typeof PolaritySchema>;

export const ClaimIdSchema = z.string().check(z.maxLength(PAGE_LIMITS.id), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** A claim statement in every database language (claims/schema.ts StatementSchema, in zod/mini). */
const statementText = z.string().check(z.minLength(1));
export const StatementSchema = z.object({ en: statementText, nb: statementText, bg: statementText } satisfies Record<Language, unknown>);
export type Statement = z.infer<typeof StatementSchema>;

/** One highlighted claim sentence on the page. */
export const PageMatchSchema = z
  .object({
    /** Stable for the life of the page's annotation; `reveal-match` names a match by it. */
    id: z.string().check(z.minLength(1), z.maxLength(PAGE_LIMITS.id)),
    claimId: ClaimIdSchema,
    /** The claim in every UI language, so the popup shows the reader's. */
    statement: StatementSchema,
    grade: z.enum(GRADES),
    polarity: PolaritySchema,
    /** The sentence as the page shows it (TextQuoteSelector `exact`). */
    sentence: z.string().check(z.maxLength(PAGE_LIMITS.sentence)),
    /** Offsets in the page's visible text (TextPositionSelector). */
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    prefix: z.string().check(z.maxLength(PAGE_LIMITS.context)),
    suffix: z.string().check(z.maxLength(PAGE_LIMITS.context)),
  })
  .check(z.refine((match) => match.end >= match.start, { message: 'end must not come before start' }));
export type PageMatch = z.infer<typeof PageMatchSchema>;

const count = z.int().check(z.nonnegative());

export const GradeCountsSchema = z.object({ high: count, moderate: count, low: count, 'very-low': count });
export type GradeCounts = z.infer<typeof GradeCountsSchema>;

export const PageStateSchema = z.object({
  /** Whether MgLens annotates this page now (settings and site list applied). */
  active: z.boolean(),
  url: z.string().check(z.maxLength(PAGE_LIMITS.url)),
  title: z.string().check(z.maxLength(PAGE_LIMITS.title)),
  /** Highlighted claim sentences by grade; all zero when not active. */
  counts: GradeCountsSchema,
  /** Bare term highlights. */
  termCount: count,
  matches: z.array(PageMatchSchema).check(z.maxLength(PAGE_LIMITS.matches)),
});
export type PageState = z.infer<typeof PageStateSchema>;

export function emptyGradeCounts(): GradeCounts {
  return { high: 0, moderate: 0, low: 0, 'very-low': 0 };
}
