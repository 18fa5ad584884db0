import { z } from 'zod';
import { CONCEPT_IDS } from '../lexicon/concept-ids.ts';
import { EVIDENCE_KINDS, GRADES, LANGUAGES, SOURCE_IDS, SOURCE_KINDS, STANCES } from './values.ts';

/** Zod schemas for the claim database: the curated input and the built, bundled output. */

export { GRADES, LANGUAGES, SOURCE_IDS };

export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const SourceIdSchema = z.enum(SOURCE_IDS);
export type SourceId = z.infer<typeof SourceIdSchema>;

export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z.object({
  id: SourceIdSchema,
  title: z.string().min(1),
  language: LanguageSchema,
  kind: SourceKindSchema,
  year: z.number().int().optional(),
  /** Character offset where reader comments start; no evidence may be quoted from there on. */
  commentsStart: z.number().int().nonnegative().optional(),
  /** Lines are hard-wrapped: a line break inside a paragraph is just a space. */
  hardWrapped: z.boolean().optional(),
  /** Author or publisher, only where the text itself names one. */
  author: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ConceptIdSchema = z.enum(CONCEPT_IDS);

export const TopicSchema = z.enum([
  'efficacy',
  'mechanism',
  'forms',
  'dose',
  'testing',
  'side-effects',
  'safety',
  'foods',
  'related-conditions',
  'background',
]);
export type Topic = z.infer<typeof TopicSchema>;

export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

/** What kind of evidence the quoted passage itself reports. */
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

export const CuratedEvidenceSchema = z.object({
  source: SourceIdSchema,
  /** Verbatim from the source; whitespace may differ (line wraps), nothing else. */
  quote: z.string().min(12),
  stance: StanceSchema,
  kind: EvidenceKindSchema,
  hedged: z.boolean(),
});

export const StatementSchema = z.object({
  en: z.string().min(1),
  nb: z.string().min(1),
  bg: z.string().min(1),
});

export const CuratedClaimSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  statement: StatementSchema,
  /**
   * The concepts the claim is about. The matcher treats them as the claim's signature: a sentence
   * must contain every one of them (a form implies `magnesium`) to be a candidate for the claim.
   */
  concepts: z.array(ConceptIdSchema).min(2),
  topic: TopicSchema,
  evidence: z.array(CuratedEvidenceSchema).min(1),
});
export type CuratedClaim = z.infer<typeof CuratedClaimSchema>;
export type CuratedEvidence = z.infer<typeof CuratedEvidenceSchema>;

export const GradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof GradeSchema>;

export const StrengthSchema = z.object({
  grade: GradeSchema,
  contested: z.boolean(),
  supporting: z.number().int().nonnegative(),
  contrasting: z.number().int().nonnegative(),
  supportingLanguages: z.number().int().nonnegative(),
  contrastingLanguages: z.number().int().nonnegative(),
  /** One or two plain sentences per UI language, shown on the hover card. */
  reasons: StatementSchema,
  /** The rubric's score before it is cut into grades (see docs/evidence-strength.md). */
  points: z.number().int().optional(),
  /** The kind of the strongest supporting evidence; absent when nothing supports the claim. */
  strongestKind: EvidenceKindSchema.optional(),
});
export type Strength = z.infer<typeof StrengthSchema>;

/** A quote anchored in its source: TextPosition (start, end) plus TextQuote (prefix, suffix). */
export const AnchoredEvidenceSchema = CuratedEvidenceSchema.extend({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  prefix: z.string(),
  suffix: z.string(),
});
export type AnchoredEvidence = z.infer<typeof AnchoredEvidenceSchema>;

export const ClaimSchema = CuratedClaimSchema.extend({
  evidence: z.array(AnchoredEvidenceSchema).min(1),
  strength: StrengthSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

/** The full built database: extension pages and `claims --json`. */
export const ClaimDatabaseSchema = z.object({
  sources: z.array(SourceSchema),
  claims: z.array(ClaimSchema),
});
export type ClaimDatabase = z.infer<typeof ClaimDatabaseSchema>;

/** The slim copy the content script bundles: no TextQuote context, no source texts. */
export const BundleEvidenceSchema = AnchoredEvidenceSchema.pick({
  source: true,
  stance: true,
  kind: true,
  hedged: true,
  quote: true,
  start: true,
  end: true,
});
export type BundleEvidence = z.infer<typeof BundleEvidenceSchema>;

export const BundleClaimSchema = ClaimSchema.pick({
  id: true,
  statement: true,
  concepts: true,
  topic: true,
  strength: true,
}).extend({
  evidence: z.array(BundleEvidenceSchema).min(1),
  /** What the statements say as the matcher reads them, read at build time (src/matching/statement-facts.ts). */
  said: z.object({ concepts: z.array(ConceptIdSchema), negated: z.boolean() }),
});
export type BundleClaim = z.infer<typeof BundleClaimSchema>;

export const ClaimBundleSchema = z.object({
  sources: z.array(SourceSchema.pick({ id: true, title: true, language: true, kind: true, year: true })),
  claims: z.array(BundleClaimSchema),
});
export type ClaimBundle = z.infer<typeof ClaimBundleSchema>;
