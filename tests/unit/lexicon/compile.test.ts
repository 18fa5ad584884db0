import { describe, expect, it } from 'vitest';
import { buildShapeTable, type CompiledLexicon, compileLexicon, compileWith, expandConventions } from '../../../src/lexicon/compile.ts';
import { LEXICON_PARTS } from '../../../src/lexicon/forms/index.ts';
import { analyse, type FragmentShape } from '../../../src/lexicon/regex-shape.ts';
import { tabled, tabledAnalyse } from '../../../src/lexicon/shape-table.ts';

/** The straightforward analysis: every part of a fragment parsed, no shortcut taken. */
const exhaustive = (source: string) => analyse(source, { exhaustive: true });

/** The forms with their prefixes as arrays, so that a comparison also checks their order. */
const comparable = (lexicon: CompiledLexicon) => lexicon.forms.map((f) => ({ ...f, prefixes: f.prefixes && [...f.prefixes] }));
const comparableShape = (shape: FragmentShape) => ({ ...shape, prefixes: shape.prefixes && [...shape.prefixes] });

describe('compiling the lexicon', () => {
  const reference = comparable(compileWith(LEXICON_PARTS, exhaustive));

  it('gives exactly what the exhaustive analysis gives: the same forms, order, prefixes and lookarounds', () => {
    expect(comparable(compileLexicon())).toEqual(reference);
  });

  it('gives the same without the build-time table, from the runtime analysis alone', () => {
    expect(comparable(compileWith(LEXICON_PARTS, analyse))).toEqual(reference);
  });

  it('has a generated table whose every row for a current fragment matches a fresh analysis', () => {
    const fresh = buildShapeTable(LEXICON_PARTS, exhaustive);
    let rows = 0;
    fresh.sources.forEach((source) => {
      const row = tabled(source);
      // A fragment added or edited since the last `npm run build:lexicon` is analysed at runtime.
      if (row === undefined) return;
      rows++;
      expect(comparableShape(row), `stale row, run \`npm run build:lexicon\`: ${source}`).toEqual(comparableShape(exhaustive(source)));
    });
    expect(rows, 'the generated table is empty or in another layout: run `npm run build:lexicon`').toBeGreaterThan(0);
  });

  it('analyses at runtime a fragment the table does not have', () => {
    const source = 'zq(?:x|y)[\\s\\-]+w(?![a-z])';
    expect(tabled(source)).toBeUndefined();
    expect(comparableShape(tabledAnalyse(source))).toEqual(comparableShape(exhaustive(source)));
  });

  it('builds the combined pattern only when asked, then reuses it', () => {
    const lexicon = compileLexicon();
    expect(Object.getOwnPropertyDescriptor(lexicon, 'pattern')?.get).toBeTypeOf('function');
    expect(lexicon.pattern).toBe(lexicon.pattern);
  });
});

describe('the analysis shortcuts', () => {
  it('change nothing on fragments that exercise them', () => {
    const fragments = [
      'magnesium',
      'a(?=(b))c',
      '(?<!x(?=y)(z))w',
      '(?<name>ab)c',
      'ab?c*d+',
      '\\d+(?:[.,]\\d+)?[\\s\\-]*mg',
      '(?:low|lower)[\\s\\-]+(?:magnesium|mg)',
      'x{2,}y{1,3}z{2}',
      '[^a-z]bc',
      '[a\\]b(]c)',
      'a\\(b\\[c',
      'о[\\s\\-]+(?:в|на)?[\\s\\-]*тест',
      '(?:a|b)?(?:c|d)?e',
      '(?:(?<!calcium )citrate)(?<!calcium (?:citrate))',
    ];
    for (const fragment of fragments) expect(comparableShape(analyse(fragment)), fragment).toEqual(comparableShape(exhaustive(fragment)));
  });
});

describe('expanding the conventions', () => {
  it('rewrites separators and letter classes outside classes, only \\p{…} inside them, nothing escaped', () => {
    expect(expandConventions('low magnesium')).toBe('low[\\s\\-]+magnesium');
    expect(expandConventions('magnesium~oxide_level')).toBe('magnesium[\\s\\-]*oxide[\\s,;:\\-]+level');
    expect(expandConventions('[ ~_]a\\ b')).toBe('[ ~_]a\\ b');
    expect(expandConventions('\\p{L}x[\\p{L}\\d ]')).toBe('[a-zªµºß-öø-ɏͰ-ϿЀ-ԯḀ-ỿ]x[a-zªµºß-öø-ɏͰ-ϿЀ-ԯḀ-ỿ\\d ]');
    expect(expandConventions('[\\]] x\\p{N}\\P{L}')).toBe('[\\]][\\s\\-]+x[0-9]\\P{L}');
  });
});
