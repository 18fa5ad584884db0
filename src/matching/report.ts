import type { Grade, Language, Stance } from '../claims/schema.ts';
import { guessLanguage } from './language.ts';
import type { MatchableClaim } from './claim-index.ts';
import type { Polarity, TermMatch, TextMatch } from './schema.ts';

/** What `scan --json` prints: each claim match with the claim and its evidence, and every term. */
export interface ScanReport {
  readonly matches: readonly ScanMatch[];
  readonly terms: readonly TermMatch[];
}

export interface ScanMatch {
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly claimId: string;
  /** The claim statement, in the document's language when it is one of the database's. */
  readonly claim: string;
  /** The claim's computed grade. */
  readonly strength: Grade;
  readonly polarity: Polarity;
  readonly score: number;
  readonly evidence: readonly { readonly source: string; readonly stance: Stance; readonly quote: string }[];
}

/** The parts of a claim database a report needs (the full database and the bundle qualify). */
export interface ReportDatabase {
  readonly claims: readonly (MatchableClaim & {
    readonly strength: { readonly grade: Grade };
    readonly evidence: readonly { readonly source: string; readonly stance: Stance; readonly quote: string }[];
  })[];
}

export function buildScanReport(text: string, result: TextMatch, db: ReportDatabase, lang?: Language): ScanReport {
  const byId = new Map(db.claims.map((c) => [c.id, c]));
  const language = lang ?? guessLanguage(text) ?? 'en';
  const matches: ScanMatch[] = [];
  for (const m of result.matches) {
    const claim = byId.get(m.claimId);
    if (!claim) continue;
    matches.push({
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      claimId: m.claimId,
      claim: claim.statement[language],
      strength: claim.strength.grade,
      polarity: m.polarity,
      score: m.score,
      evidence: claim.evidence.map(({ source, stance, quote }) => ({ source, stance, quote })),
    });
  }
  return { matches, terms: result.terms.map(({ text: t, concept, start, end }) => ({ text: t, concept, start, end })) };
}

/** A readable report for a terminal: one paragraph per match, then a count of terms by concept. */
export function formatScanReport(report: ScanReport, file: string): string {
  const lines: string[] = [`MgLens scan of ${file}`, `${report.matches.length} claim match(es), ${report.terms.length} term(s)`, ''];
  for (const m of report.matches) {
    const sentence = m.sentence.replace(/\s+/g, ' ').trim();
    lines.push(`[${m.start}-${m.end}] "${sentence}"`);
    lines.push(`  ${m.polarity === 'denies' ? 'DENIES' : 'affirms'} ${m.claimId} (${m.strength}, score ${m.score})`);
    lines.push(`  claim: ${m.claim}`);
    for (const e of m.evidence) lines.push(`  - ${e.stance} ${e.source}: "${e.quote.replace(/\s+/g, ' ')}"`);
    lines.push('');
  }
  const counts = new Map<string, number>();
  for (const t of report.terms) counts.set(t.concept, (counts.get(t.concept) ?? 0) + 1);
  if (counts.size > 0) {
    lines.push('Terms by concept:');
    for (const [concept, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`  ${concept}: ${n}`);
  }
  return lines.join('\n');
}
