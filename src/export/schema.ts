import { z } from 'zod';
import {
  EvidenceKindSchema,
  GradeSchema,
  StanceSchema,
  StatementSchema,
} from '../claims/schema.ts';
import { UiLocaleSchema } from '../i18n/locale.ts';

/**
 * What every export is built from: one item per highlighted sentence of one page. The content
 * script, `scan` and the saved collection each convert their own data into this shape, so the three
 * builders (JSON-LD, CSV, Markdown) never need to know where a page came from.
 */

export const ExportFormatSchema = z.enum(['jsonld', 'csv', 'md']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const PolaritySchema = z.enum(['affirms', 'denies']);
export type Polarity = z.infer<typeof PolaritySchema>;

const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const ExportSourceSchema = z.object({
  /** Source file name, the source id everywhere. */
  id: z.string().min(1),
  title: z.string(),
  stance: StanceSchema,
  /** The verbatim passage from the source. */
  quote: z.string(),
  /** What kind of evidence the quoted passage reports (trial, review, …). */
  kind: EvidenceKindSchema,
});
export type ExportSource = z.infer<typeof ExportSourceSchema>;

export const ExportItemSchema = z.object({
  /** The sentence as it reads on the page (page-controlled text: builders must keep it inert). */
  sentence: z.string(),
  /** Offsets of the sentence in the page's text, for a TextPositionSelector. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** About 32 characters of page text either side, for a TextQuoteSelector. */
  prefix: z.string(),
  suffix: z.string(),
  claimId: z.string().min(1),
  statement: StatementSchema,
  grade: GradeSchema,
  contested: z.boolean(),
  /** The strength reasons in the export's language (`locale`). */
  reasons: z.string(),
  /** Whether the page affirms or denies the claim; the evidence is about the claim either way. */
  polarity: PolaritySchema,
  sources: z.array(ExportSourceSchema),
});
export type ExportItem = z.infer<typeof ExportItemSchema>;

export const ExportPageSchema = z.object({
  url: z.string(),
  title: z.string(),
  exportedAt: IsoDateTimeSchema,
});
export type ExportPage = z.infer<typeof ExportPageSchema>;

export const ExportDocumentSchema = z.object({
  page: ExportPageSchema,
  /**
   * Language of `reasons` and of the words the human-readable formats add (headings, labels).
   * Optional so a producer that does not know it still validates; English is assumed then.
   */
  locale: z.optional(UiLocaleSchema),
  items: z.array(ExportItemSchema),
});
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

/** The saved collection as exported: several pages, one file. */
export const ExportCollectionSchema = z.object({
  exportedAt: IsoDateTimeSchema,
  locale: z.optional(UiLocaleSchema),
  documents: z.array(ExportDocumentSchema),
});
export type ExportCollection = z.infer<typeof ExportCollectionSchema>;
