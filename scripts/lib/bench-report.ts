import type { EntrySize } from './bundle-sizes.ts';

/**
 * The benchmark's result: the figures, the targets they are checked against, and the two ways of
 * showing them (a table for people, one JSON object for machines). Every target is
 * `{ value, bound, unit, pass }`, plus the figures it was computed from.
 */

export interface Target {
  value: number;
  bound: number;
  unit: string;
  pass: boolean;
  [detail: string]: unknown;
}

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const round = (n: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function target(value: number, bound: number, unit: string, details: Record<string, unknown> = {}): Target {
  return { value: round(value), bound, unit, pass: value <= bound, ...details };
}

export interface BenchResult {
  machine: { date: string; cpus: number; cpuModel: string; node: string; chromium: string; mode: 'full' | 'smoke'; runs: number };
  pages: Record<string, { words: number; paragraphs: number; textNodes?: number }>;
  floor: Record<string, unknown>;
  naive: Record<string, unknown>;
  mglens: Record<string, unknown>;
  ratios: Record<string, number | string>;
  sizes: Record<string, { jsKB: number; jsGzipKB: number; cssGzipKB: number }>;
  targets: Record<string, Target>;
}

export function sizesTable(entries: readonly EntrySize[]): BenchResult['sizes'] {
  return Object.fromEntries(
    entries.map((e) => [e.name, { jsKB: round(e.js / 1024, 1), jsGzipKB: round(e.jsGzip / 1024, 1), cssGzipKB: round(e.cssGzip / 1024, 1) }]),
  );
}

const LABELS: Record<string, string> = {
  fullAnnotation: 'full annotation, main thread (x bare)',
  firstScreen: 'first screen annotated after script start',
  longestTask: 'longest task while annotating',
  appendParagraph: 'one appended paragraph handled (median)',
  turnOff: 'turning off, main thread (x bare)',
  noTermPage: 'page without terms, main thread (x bare)',
  contentScriptSize: 'content script, gzipped',
};

export function formatTable(result: BenchResult): string {
  const lines: string[] = [];
  const m = result.machine;
  lines.push(`MgLens benchmark (${m.mode}, ${m.runs} run(s), medians) — ${m.date}, ${m.cpus} x ${m.cpuModel}, Node ${m.node}, ${m.chromium}`);
  for (const [name, page] of Object.entries(result.pages)) {
    lines.push(`  page ${name}: ${page.words} words, ${page.paragraphs} paragraphs${page.textNodes ? `, ${page.textNodes} text nodes` : ''}`);
  }
  lines.push('');
  lines.push('reference (plain Chromium tab, no extension)');
  for (const [k, v] of Object.entries(result.floor)) lines.push(`  ${k.padEnd(28)} ${fmt(v)}`);
  for (const [k, v] of Object.entries(result.naive)) lines.push(`  naive ${k.padEnd(22)} ${fmt(v)}`);
  lines.push('');
  lines.push('MgLens');
  for (const [k, v] of Object.entries(result.mglens)) lines.push(`  ${k.padEnd(28)} ${fmt(v)}`);
  lines.push('');
  lines.push('ratios');
  for (const [k, v] of Object.entries(result.ratios)) lines.push(`  ${k.padEnd(28)} ${v}`);
  lines.push('');
  lines.push('bundles (KB: raw JS / gzipped JS / gzipped CSS)');
  for (const [k, v] of Object.entries(result.sizes)) lines.push(`  ${k.padEnd(12)} ${String(v.jsKB).padStart(7)} ${String(v.jsGzipKB).padStart(7)} ${String(v.cssGzipKB).padStart(6)}`);
  lines.push('');
  lines.push('targets');
  for (const [k, t] of Object.entries(result.targets)) {
    lines.push(`  ${t.pass ? 'PASS' : 'FAIL'}  ${(LABELS[k] ?? k).padEnd(44)} ${String(t.value).padStart(9)} ${t.unit.padEnd(8)} (bound ${t.bound})`);
  }
  return lines.join('\n');
}

function fmt(v: unknown): string {
  if (typeof v === 'number') return String(round(v));
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.map(String).join('\n' + ' '.repeat(31));
  if (typeof v === 'object' && v !== null) {
    return Object.entries(v)
      .map(([k, x]) => `${k}=${typeof x === 'number' ? round(x) : Array.isArray(x) ? `[${x.map((y) => (typeof y === 'number' ? round(y) : y)).join(', ')}]` : String(x)}`)
      .join('  ');
  }
  return String(v);
}
