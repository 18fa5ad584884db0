import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../../../scripts/lib/paths.ts';

interface DbClaim {
  id: string;
  statement: { en: string; nb: string; bg: string };
  evidence: { source: string; quote: string; start: number; end: number }[];
}

/** The built database (the e2e setup builds it), to know which quotes a card must show. */
function database(): { claims: DbClaim[] } {
  return JSON.parse(readFileSync(resolve(ROOT, 'src/claims/generated/database.json'), 'utf8')) as { claims: DbClaim[] };
}

export function claimFromDatabase(id: string): DbClaim {
  const claim = database().claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id} in the database`);
  return claim;
}

export function allStatements(): DbClaim['statement'][] {
  return database().claims.map((c) => c.statement);
}
