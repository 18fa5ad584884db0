import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

/**
 * What the extension weighs: gzipped size of each entry (its script and every chunk and
 * stylesheet its page loads), and, from a source-mapped build (MGLENS_ANALYSE=1), which source
 * files the bytes of a bundle came from.
 */

export interface EntrySize {
  name: string;
  /** Files counted, relative to the build folder. */
  files: string[];
  /** Bytes of JavaScript, raw and gzipped (level 9, each file on its own, as a browser fetches it). */
  js: number;
  jsGzip: number;
  /** Bytes of CSS, gzipped. */
  cssGzip: number;
}

export const gzipBytes = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

function measure(dir: string, name: string, files: string[]): EntrySize {
  let js = 0;
  let jsGzip = 0;
  let cssGzip = 0;
  for (const file of files) {
    const data = readFileSync(join(dir, file));
    if (file.endsWith('.css')) cssGzip += gzipBytes(data);
    else {
      js += data.length;
      jsGzip += gzipBytes(data);
    }
  }
  return { name, files, js, jsGzip, cssGzip };
}

/** Scripts, module preloads and stylesheets an extension page's HTML loads. */
function pageFiles(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const files = new Set<string>();
  for (const m of text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) files.add(m[1]!);
  return [...files];
}

/** The content script, the background and every extension page of a build. */
export function entrySizes(dir: string): EntrySize[] {
  const sizes: EntrySize[] = [];
  // Both content scripts load in every page: the main one and the early settings read.
  const content = ['content-scripts/content.js', 'content-scripts/settings-read.js', 'content-scripts/content.css'].filter((f) => existsSync(join(dir, f)));
  sizes.push(measure(dir, 'content', content));
  if (existsSync(join(dir, 'background.js'))) sizes.push(measure(dir, 'background', ['background.js']));
  for (const page of ['popup', 'options', 'explorer', 'source']) {
    if (existsSync(join(dir, `${page}.html`))) sizes.push(measure(dir, page, pageFiles(dir, `${page}.html`)));
  }
  return sizes;
}

export interface SourceBytes {
  source: string;
  bytes: number;
  /** Its bytes gzipped on their own: an estimate (gzip is not additive), good for ranking. */
  gzip: number;
}

/** A stretch of a bundle longer than this without one mapping is data, not code. */
const UNMAPPED_RUN = 2048;
export const UNMAPPED = '(unmapped: JSON imports)';

/**
 * Bytes of a minified bundle per original source, through its source map. A JSON import has no
 * mappings of its own (its bytes would count towards the module mapped just before it), so a long
 * unmapped stretch is counted apart, as UNMAPPED.
 */
export function attributeBytes(jsFile: string, mapFile = `${jsFile}.map`): SourceBytes[] {
  const code = readFileSync(jsFile, 'utf8');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const lines = code.split('\n');
  const pieces = new Map<string, string[]>();
  let previous: { line: number; column: number; source: string } | null = null;
  consumer.eachMapping((m) => {
    if (previous) {
      const line = lines[previous.line - 1] ?? '';
      const end = m.generatedLine === previous.line ? m.generatedColumn : line.length;
      const text = line.slice(previous.column, Math.max(previous.column, end));
      const source = text.length > UNMAPPED_RUN ? UNMAPPED : previous.source;
      const list = pieces.get(source) ?? [];
      list.push(text);
      pieces.set(source, list);
    }
    previous = { line: m.generatedLine, column: m.generatedColumn, source: tidy(m.source ?? '?') };
  });
  return [...pieces]
    .map(([source, list]) => ({ source, bytes: list.reduce((n, t) => n + t.length, 0), gzip: gzipBytes(list.join('')) }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** `node_modules/zod/v4/classic/schemas.js` -> `zod`; own files keep their repository path. */
export function tidy(source: string): string {
  const inModules = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return inModules[1]!;
  return source.replace(/^(?:\.\.\/)+/, '').replace(/^.*?\/(src|entrypoints)\//, '$1/');
}

/** Sources grouped by package, or by folder for own files (src/claims, src/i18n/catalogues...). */
export function groupBytes(list: readonly SourceBytes[], depth = 2): SourceBytes[] {
  const groups = new Map<string, SourceBytes>();
  for (const { source, bytes, gzip } of list) {
    const key = source.startsWith('src/') || source.startsWith('entrypoints/') ? source.split('/').slice(0, depth).join('/') : source;
    const group = groups.get(key) ?? { source: key, bytes: 0, gzip: 0 };
    group.bytes += bytes;
    group.gzip += gzip;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}
