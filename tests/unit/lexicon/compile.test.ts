import { describe, expect, it } from 'vitest';
import { type CompiledLexicon, compileLexicon, compileWith, expandConventions } from '../../../src/lexicon/compile.ts';
import { LEXICON_PARTS } from '../../../src/lexicon/forms/index.ts';
import { analyse, type FragmentShape } from '../../../src/lexicon/regex-shape.ts';

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
