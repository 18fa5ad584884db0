import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../src/page/text-index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const page = join(root, 'tests', 'fixtures', 'matching', 'pages', 'article.html');
const run = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'scan', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

interface Report {
  matches: { sentence: string; start: number; end: number; claimId: string; claim: string; strength: string; polarity: string; score: number; evidence: { source: string; stance: string; quote: string }[] }[];
  terms: { text: string; concept: string; start: number; end: number }[];
}

describe('npm run --silent scan', () => {
  it('prints only the JSON report for an HTML page, with offsets into its extracted text', () => {
    const result = run(page, '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.matches.map((m) => [m.claimId, m.polarity])).toEqual([
      ['magnesium-oxide-poorly-absorbed', 'affirms'],
      ['magnesium-relieves-migraine', 'denies'],
      ['magnesium-blocks-nmda-receptors', 'affirms'],
    ]);
    const [first] = report.matches;
    expect(Object.keys(first!).sort()).toEqual(['claim', 'claimId', 'end', 'evidence', 'polarity', 'score', 'sentence', 'start', 'strength']);
    expect(first!.evidence.length).toBeGreaterThan(0);
    expect(Object.keys(first!.evidence[0]!).sort()).toEqual(['quote', 'source', 'stance']);
    // Offsets refer to the page text as the text index reads it (blocks joined by a blank line).
    const window = new Window();
    window.document.write(readFileSync(page, 'utf8'));
    const { text } = buildTextIndex(window.document.body as unknown as Element);
    for (const m of report.matches) expect(text.slice(m.start, m.end)).toBe(m.sentence);
    for (const t of report.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(report.terms[0]).toEqual({ text: 'Magnesium', concept: 'magnesium', start: 0, end: 9 });
    expect(report.terms.some((t) => t.text === 'var')).toBe(false);
    expect(JSON.stringify(report)).not.toContain("'blocks NMDA receptors'");
  }, 120_000);

  it('reports offsets into a plain-text file as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mglens-scan-'));
    const file = join(dir, 'note.txt');
    const body = 'Notes\n\n\nMagnesium oxide is poorly absorbed.\r\nNothing else.\n';
    writeFileSync(file, body);
    const report = JSON.parse(run(file, '--json').stdout) as Report;
    const raw = readFileSync(file, 'utf8');
    expect(report.matches).toHaveLength(1);
    for (const m of report.matches) expect(raw.slice(m.start, m.end)).toBe(m.sentence);
    for (const t of report.terms) expect(raw.slice(t.start, t.end)).toBe(t.text);
  }, 120_000);

  it('prints a readable report without --json', () => {
    const result = run(page);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('magnesium-oxide-poorly-absorbed');
    expect(result.stdout).toMatch(/DENIES magnesium-relieves-migraine/);
  }, 120_000);

  it('exports through the export builders and rejects unknown formats clearly', () => {
    const md = run(page, '--format', 'md');
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('Magnesium');
    const bad = run(page, '--format', 'pdf');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown format "pdf" \(known: json, text, jsonld, csv, md\)/);
    expect(bad.stdout).toBe('');
  }, 120_000);
});
