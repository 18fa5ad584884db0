import type { z } from 'zod';
import type {
  AnchoredEvidence,
  Claim,
  EvidenceKindSchema,
  Source,
  SourceId,
  SourceKindSchema,
  StanceSchema,
} from '../../claims/schema.ts';

/**
 * What the UI reads from the claim database, picked from the schema types so a schema change
 * shows up here as a type error rather than as a silently stale copy. A full `Claim` or `Source`
 * is assignable to these; tests and the popup may pass smaller objects.
 */
export type Stance = z.infer<typeof StanceSchema>;
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;

export type EvidenceView = Pick<AnchoredEvidence, 'source' | 'quote' | 'stance' | 'kind' | 'hedged' | 'start' | 'end'>;

export type ClaimView = Pick<Claim, 'id' | 'statement' | 'strength'> & {
  readonly evidence: readonly EvidenceView[];
};

export type StrengthView = Claim['strength'];

export type SourceView = Pick<Source, 'id' | 'title' | 'language' | 'kind' | 'year'>;

/** Builds the URL of the extension's own source viewer, opened at one passage (character offsets). */
export type SourceHref = (sourceId: SourceId, start: number, end: number) => string;

/**
 * Optional: opens the passage without following the link (a content script cannot navigate a
 * page to an extension URL in every browser, so the caller may route it through the background).
 */
export type OpenSource = (sourceId: SourceId, start: number, end: number) => void;
