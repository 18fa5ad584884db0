import { statementFacts } from '../matching/statement-facts.ts';
import { ClaimBundleSchema, type ClaimBundle, type ClaimDatabase } from './schema.ts';

/**
 * The slim copy for the content script: what a hover card needs (statements, concepts, strength,
 * short quotes with their offsets) and nothing for the pages that show whole sources (prefix and
 * suffix context, source texts).
 */
export function toBundle(db: ClaimDatabase): ClaimBundle {
  return ClaimBundleSchema.parse({
    sources: db.sources.map(({ id, title, language, kind, year }) => ({
      id,
      title,
      language,
      kind,
      ...(year === undefined ? {} : { year }),
    })),
    claims: db.claims.map(({ id, statement, concepts, topic, strength, evidence }) => ({
      id,
      said: statementFacts({ id, statement, concepts }),
      statement,
      concepts,
      topic,
      strength,
      evidence: evidence.map(({ source, stance, kind, hedged, quote, start, end }) => ({
        source,
        stance,
        kind,
        hedged,
        quote,
        start,
        end,
      })),
    })),
  });
}
