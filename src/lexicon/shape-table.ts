import generated from './generated/shapes.json';
import { analyse, type FragmentShape } from './regex-shape.ts';

/**
 * The analysis of every lexicon fragment, computed at build time (`npm run build:lexicon`, run by
 * postinstall and the builds), so that compiling the lexicon at page start looks ~2,500 regular
 * expressions up instead of parsing them: tens of milliseconds of a cold start saved.
 *
 * Rows are keyed by the fragment's full source, so a table older than the lexicon cannot give a
 * wrong answer: a form added or edited since the build is not in it and is analysed here instead.
 * Should the analysis itself change, a unit test flags every row that no longer matches it.
 */

/** Bumped when the layout changes: a table in another layout is ignored, not misread. */
export const SHAPE_TABLE_FORMAT = 1;

/** Columns rather than an object keyed by source: JSON.parse then has no long property names to intern. */
export interface ShapeTable {
  readonly format: number;
  /** The fragments, each once, in the order the lexicon compiles them. */
  readonly sources: readonly string[];
  readonly lookarounds: readonly number[];
  readonly specificity: readonly number[];
  /** The prefixes: a string when there is one, null when unbounded. */
  readonly prefixes: readonly (string | readonly string[] | null)[];
}

let rows: Map<string, number> | undefined;
let columns: ShapeTable | undefined;

/** The generated table, indexed on first use; empty if it is missing columns or in another layout. */
function index(): Map<string, number> {
  if (rows !== undefined) return rows;
  rows = new Map();
  const t = generated as unknown as Partial<ShapeTable>;
  const n = t.sources?.length;
  const complete = [t.lookarounds, t.specificity, t.prefixes].every((column) => Array.isArray(column) && column.length === n);
  if (t.format === SHAPE_TABLE_FORMAT && complete) {
    columns = t as ShapeTable;
    columns.sources.forEach((source, row) => rows?.set(source, row));
  }
  return rows;
}

/** What the generated table says about a fragment; undefined when it does not have it. */
export function tabled(source: string): FragmentShape | undefined {
  const row = index().get(source);
  if (row === undefined || columns === undefined) return undefined;
  const prefixes = columns.prefixes[row] as string | readonly string[] | null;
  return {
    capturingGroups: 0,
    lookarounds: columns.lookarounds[row] as number,
    specificity: columns.specificity[row] as number,
    prefixes: prefixes === null ? undefined : new Set(typeof prefixes === 'string' ? [prefixes] : prefixes),
  };
}

/** `analyse(source)`, from the table when the fragment is in it. */
export function tabledAnalyse(source: string): FragmentShape {
  return tabled(source) ?? analyse(source);
}

/** The table for these fragments (in order); those with capturing groups, which the lexicon rejects, left out. */
export function shapeTable(fragments: Iterable<[source: string, shape: FragmentShape]>): ShapeTable {
  const sources: string[] = [];
  const lookarounds: number[] = [];
  const specificity: number[] = [];
  const prefixes: (string | string[] | null)[] = [];
  for (const [source, shape] of fragments) {
    if (shape.capturingGroups > 0) continue;
    sources.push(source);
    lookarounds.push(shape.lookarounds);
    specificity.push(shape.specificity);
    const pre = shape.prefixes === undefined ? null : [...shape.prefixes];
    prefixes.push(pre?.length === 1 ? (pre[0] as string) : pre);
  }
  return { format: SHAPE_TABLE_FORMAT, sources, lookarounds, specificity, prefixes };
}
