import { z } from 'zod/mini';
import { EVIDENCE_KINDS, GRADES, LANGUAGES, SOURCE_IDS, SOURCE_KINDS, STANCES } from '../claims/values.ts';
import { ClaimIdSchema, PolaritySchema, StatementSchema } from './page-state.ts';
import { MatchLanguageSchema } from './schema.ts';

/**
 * What the content script asks the background about a page's text, and what comes back. The
 * matcher and the claim database live in the background: the content script that every page
 * loads carries neither the lexicon nor the claims (docs/performance.md), and matching runs off
 * the page's main thread. zod/mini, as every schema the content script loads.
 */

export const MATCH_LIMITS = {
  /** Blocks in one request: the annotator sends a screenful or a slice of the page at a time. */
  blocks: 256,
  /** Characters of one block (the annotator skips longer blocks: see annotator.ts). */
  blockChars: 100_000,
  /** Characters of all blocks of one request together. */
  requestChars: 400_000,
  lang: 35,
} as const;

const offset = z.int().check(z.nonnegative());
/** Concept ids as the page code sees them: opaque kebab-case keys (the lexicon's list stays in the background). */
export const ConceptKeySchema = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const MatchBlockSchema = z.object({
  text: z.string().check(z.maxLength(MATCH_LIMITS.blockChars)),
  /** The language the page declares for the block (`lang`), if any. */
  lang: z.optional(z.string().check(z.maxLength(MATCH_LIMITS.lang))),
});
export type MatchBlock = z.infer<typeof MatchBlockSchema>;

export const MatchBlocksRequestSchema = z.object({
  type: z.literal('match-blocks'),
  /** Blocks in another language are left alone. */
  languages: z.array(MatchLanguageSchema).check(z.maxLength(16)),
  blocks: z
    .array(MatchBlockSchema)
    .check(
      z.maxLength(MATCH_LIMITS.blocks),
      z.refine((blocks) => blocks.reduce((sum, b) => sum + b.text.length, 0) <= MATCH_LIMITS.requestChars, {
        message: `at most ${MATCH_LIMITS.requestChars} characters in one request`,
      }),
    ),
});

const span = { start: offset, end: offset };
export const TermFoundSchema = z.object({ ...span, concept: ConceptKeySchema });
export type TermFound = z.infer<typeof TermFoundSchema>;
export const ClaimFoundSchema = z.object({ ...span, claimId: ClaimIdSchema, polarity: PolaritySchema });
export type ClaimFound = z.infer<typeof ClaimFoundSchema>;

/** One block's matches: subject terms to underline and claim sentences (offsets in the block's text). */
export const BlockMatchesSchema = z.object({ terms: z.array(TermFoundSchema), claims: z.array(ClaimFoundSchema) });
export type BlockMatches = z.infer<typeof BlockMatchesSchema>;

/** What the page needs of a claim to highlight it and describe it to a screen reader. */
export const ClaimSummarySchema = z.object({ grade: z.enum(GRADES), statement: StatementSchema });
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

export const MatchBlocksResultSchema = z.object({
  /** In the order of the request's blocks. */
  results: z.array(BlockMatchesSchema),
  /** Every claim the results name. */
  claims: z.record(ClaimIdSchema, ClaimSummarySchema),
});
export type MatchBlocksResult = z.infer<typeof MatchBlocksResultSchema>;

/** A hover card's subject: one claim, or the claims about a bare term's concept. */
export const CardSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim'), claimId: ClaimIdSchema }),
  z.object({ kind: z.literal('term'), concept: ConceptKeySchema }),
]);
export type CardSubject = z.infer<typeof CardSubjectSchema>;

export const CardDataRequestSchema = z.object({ type: z.literal('card-data'), subject: CardSubjectSchema });

/** The claim database's bundle schema (src/claims/schema.ts), as much of it as a card shows. */
const text = z.string().check(z.minLength(1));
const count = z.int().check(z.nonnegative());
export const EvidenceViewSchema = z.object({
  source: z.enum(SOURCE_IDS),
  quote: text,
  stance: z.enum(STANCES),
  kind: z.enum(EVIDENCE_KINDS),
  hedged: z.boolean(),
  start: offset,
  end: offset,
});
export const StrengthViewSchema = z.object({
  grade: z.enum(GRADES),
  contested: z.boolean(),
  supporting: count,
  contrasting: count,
  supportingLanguages: count,
  contrastingLanguages: count,
  reasons: StatementSchema,
  points: z.optional(z.int()),
  strongestKind: z.optional(z.enum(EVIDENCE_KINDS)),
});
export const ClaimViewSchema = z.object({
  id: ClaimIdSchema,
  statement: StatementSchema,
  strength: StrengthViewSchema,
  evidence: z.array(EvidenceViewSchema).check(z.minLength(1)),
});
export const SourceViewSchema = z.object({
  id: z.enum(SOURCE_IDS),
  title: text,
  language: z.enum(LANGUAGES),
  kind: z.enum(SOURCE_KINDS),
  year: z.optional(z.int()),
});

export const CardDataSchema = z.object({
  /** The claim, or a term's claims strongest first. Empty when the database has none. */
  claims: z.array(ClaimViewSchema).check(z.maxLength(64)),
  /** The sources those claims cite. */
  sources: z.array(SourceViewSchema).check(z.maxLength(64)),
});
export type CardData = z.infer<typeof CardDataSchema>;
