import { anchorQuote } from './anchor.ts';
import { signatureKey } from './signature.ts';
import { describeSources, type SourceTexts } from './sources.ts';
import { computeStrength } from './strength.ts';
import {
  ClaimDatabaseSchema,
  CuratedClaimSchema,
  SOURCE_IDS,
  type AnchoredEvidence,
  type Claim,
  type ClaimDatabase,
  type CuratedClaim,
  type Source,
} from './schema.ts';

/**
 * The build: curated claims + source texts -> a validated, anchored, graded database. Pure; the
 * scripts do the file reading and writing. Every failure names the claim, and the source where
 * one is involved, so the curator can go straight to the line to fix.
 */

/** A quote longer than this is a paragraph, not a precise quote; the bundle ships every quote. */
export const MAX_QUOTE_CHARS = 300;

export class ClaimBuildError extends Error {
  constructor(
    message: string,
    readonly claimId: string | undefined,
    readonly source?: string,
    readonly nearest?: string,
  ) {
    super(message);
    this.name = 'ClaimBuildError';
  }
}

const short = (s: string, max = 160) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function validate(raw: unknown, index: number): CuratedClaim {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : `#${index}`;
  // Checked before zod so that the message names the unknown source rather than an enum path.
  const evidence = (raw as { evidence?: unknown }).evidence;
  if (Array.isArray(evidence)) {
    for (const item of evidence) {
      const source = (item as { source?: unknown })?.source;
      if (!(SOURCE_IDS as readonly unknown[]).includes(source)) {
        throw new ClaimBuildError(`claim "${id}": unknown source ${JSON.stringify(source)}`, id, String(source));
      }
    }
  }
  const parsed = CuratedClaimSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ClaimBuildError(`claim "${id}" is malformed: ${issues}`, id);
  }
  return parsed.data;
}

function checkUnique(claims: readonly CuratedClaim[]): void {
  const ids = new Set<string>();
  const signatures = new Map<string, string>();
  for (const claim of claims) {
    if (ids.has(claim.id)) throw new ClaimBuildError(`duplicate claim id "${claim.id}"`, claim.id);
    ids.add(claim.id);
    if (new Set(claim.concepts).size !== claim.concepts.length) {
      throw new ClaimBuildError(`claim "${claim.id}" lists a concept twice`, claim.id);
    }
    // The matcher tells claims apart by their concepts: two equal signatures would be a coin toss.
    const key = signatureKey(claim.concepts);
    const other = signatures.get(key);
    if (other !== undefined) {
      throw new ClaimBuildError(
        `claims "${other}" and "${claim.id}" have the same concepts (${key}); the matcher cannot tell them apart`,
        claim.id,
      );
    }
    signatures.set(key, claim.id);
  }
}

function anchorEvidence(claim: CuratedClaim, texts: SourceTexts, sources: ReadonlyMap<string, Source>) {
  return claim.evidence.map((item): AnchoredEvidence => {
    const where = `claim "${claim.id}", source ${item.source}`;
    if (item.quote.length > MAX_QUOTE_CHARS) {
      throw new ClaimBuildError(`${where}: quote longer than ${MAX_QUOTE_CHARS} characters`, claim.id, item.source);
    }
    const result = anchorQuote(texts[item.source], item.quote);
    if (!result.found) {
      throw new ClaimBuildError(
        `${where}: quote not found: "${short(item.quote)}"; nearest text: "${short(result.nearest)}"`,
        claim.id,
        item.source,
        result.nearest,
      );
    }
    if (result.occurrences > 1) {
      // The card would point at the first place; lengthen the quote so it names one place.
      throw new ClaimBuildError(
        `${where}: quote occurs ${result.occurrences} times: "${short(item.quote)}"; lengthen it to pick one`,
        claim.id,
        item.source,
      );
    }
    const commentsStart = sources.get(item.source)?.commentsStart;
    if (commentsStart !== undefined && result.end > commentsStart) {
      throw new ClaimBuildError(
        `${where}: quote lies in the reader comments (from offset ${commentsStart}); claims may not rest on comments`,
        claim.id,
        item.source,
      );
    }
    return { ...item, start: result.start, end: result.end, prefix: result.prefix, suffix: result.suffix };
  });
}

/** Builds the database; throws ClaimBuildError on the first problem found. */
export function buildClaimDatabase(curated: readonly unknown[], texts: SourceTexts): ClaimDatabase {
  const sources = describeSources(texts);
  const byId = new Map(sources.map((s) => [s.id as string, s]));
  const claims = curated.map(validate);
  checkUnique(claims);
  const built = claims.map((claim): Claim => {
    const evidence = anchorEvidence(claim, texts, byId);
    return { ...claim, evidence, strength: computeStrength(evidence, sources) };
  });
  // The output is a trust boundary for everything downstream: check it as a whole.
  return ClaimDatabaseSchema.parse({ sources, claims: built });
}
