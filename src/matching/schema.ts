import { z } from 'zod';
import { ConceptIdSchema } from '../claims/schema.ts';

/**
 * What the matcher reports. These cross the content-script / popup message boundary, so they are
 * zod schemas; offsets are UTF-16 code-unit offsets into the text that was matched.
 */

export const PolaritySchema = z.enum(['affirms', 'denies']);
export type Polarity = z.infer<typeof PolaritySchema>;

/** A lexicon term found in the text. */
export const TermSchema = z.object({
  text: z.string(),
  concept: ConceptIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TermMatch = z.infer<typeof TermSchema>;

/** A sentence that makes a claim of the database, and whether it affirms or denies it. */
export const ClaimMatchSchema = z.object({
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  claimId: z.string(),
  polarity: PolaritySchema,
  /** The number of concepts the claim's signature covers (with implications), plus up to 1 for how tightly the sentence's terms cluster. */
  score: z.number().nonnegative(),
  /** The claim's signature, all of which the sentence contains. */
  concepts: z.array(ConceptIdSchema),
});
export type ClaimMatch = z.infer<typeof ClaimMatchSchema>;

export const TextMatchSchema = z.object({
  terms: z.array(TermSchema),
  matches: z.array(ClaimMatchSchema),
});
export type TextMatch = z.infer<typeof TextMatchSchema>;
