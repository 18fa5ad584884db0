import { z } from 'zod';
import bundleJson from './generated/bundle.json';
import databaseJson from './generated/database.json';
import {
  ClaimBundleSchema,
  ClaimDatabaseSchema,
  type ClaimBundle,
  type ClaimDatabase,
} from './schema.ts';

/**
 * Loaders for the generated claim files (`npm run build:claims` writes them). The JSON is a trust
 * boundary: it is validated here, and a malformed or stale file fails loudly with its name, rather
 * than surfacing later as an undefined field in a hover card.
 *
 * The background loads the bundle (its matcher and the hover cards' data); extension pages the database.
 */

function parseOrExplain<T>(schema: z.ZodType<T>, json: unknown, origin: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new Error(
    `${origin} is malformed; run \`npm run build:claims\` to regenerate it.\n${z.prettifyError(parsed.error)}`,
  );
}

export function parseClaimDatabase(json: unknown, origin = 'src/claims/generated/database.json'): ClaimDatabase {
  return parseOrExplain(ClaimDatabaseSchema, json, origin);
}

export function parseClaimBundle(json: unknown, origin = 'src/claims/generated/bundle.json'): ClaimBundle {
  return parseOrExplain(ClaimBundleSchema, json, origin);
}

let database: ClaimDatabase | undefined;
let bundle: ClaimBundle | undefined;

/** The full database, for extension pages and the CLI: validated once, then cached. */
export function loadClaimDatabase(): ClaimDatabase {
  database ??= parseClaimDatabase(databaseJson);
  return database;
}

/** The slim bundle: validated once, then cached. */
export function loadClaimBundle(): ClaimBundle {
  bundle ??= parseClaimBundle(bundleJson);
  return bundle;
}
