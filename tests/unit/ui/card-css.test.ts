import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Vitest does not process CSS, so these read the files the host injects and check the rules
// the card's accessibility and isolation depend on.
const read = (path: string) => readFileSync(join(import.meta.dirname, '../../../src/ui', path), 'utf8');
const card = read('card/card.css');
const common = read('common/common.css');
const both = `${common}\n${card}`;

/** Text of every `@media (...) { ... }` block for the given condition, braces balanced. */
function mediaBlocks(css: string, condition: string): string[] {
  const blocks: string[] = [];
  let from = 0;
  for (;;) {
    const at = css.indexOf(`@media (${condition})`, from);
    if (at < 0) return blocks;
    let depth = 0;
    let i = css.indexOf('{', at);
    const start = i;
    for (; i < css.length; i++) {
      if (css[i] === '{') depth++;
      if (css[i] === '}' && --depth === 0) break;
    }
    blocks.push(css.slice(start, i + 1));
    from = i;
  }
}

describe('card styles', () => {
  it('resets inherited page styles at the shadow host', () => {
    expect(card).toMatch(/:host\s*\{\s*all:\s*initial;/);
  });

  it('animates only when the reader has not asked for reduced motion', () => {
    const motion = mediaBlocks(card, 'prefers-reduced-motion: no-preference').join('\n');
    const outside = both.replace(/@media \(prefers-reduced-motion: no-preference\)\s*\{[\s\S]*?\n\}/g, '');
    expect(motion).toMatch(/animation:/);
    expect(outside).not.toMatch(/\b(transition|animation)(-name)?\s*:/);
  });

  it('shows keyboard focus', () => {
    expect(common).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
    expect(card).toMatch(/\.mg-card:focus-visible/);
  });

  it('follows the system dark mode and an explicit theme either way', () => {
    expect(mediaBlocks(common, 'prefers-color-scheme: dark').join('')).toMatch(/\.mg-ui:not\(\[data-theme='light'\]\)/);
    expect(common).toMatch(/\.mg-ui\[data-theme='dark'\]\s*\{/);
  });

  it('has a high-contrast variant for light and dark', () => {
    expect(common).toMatch(/\.mg-ui\[data-style='high-contrast'\]\s*\{/);
    expect(common).toMatch(/\.mg-ui\[data-style='high-contrast'\]\[data-theme='dark'\]/);
  });

  it('defines every colour token in each theme block it overrides', () => {
    const tokens = (block: string) => [...block.matchAll(/(--mg-[\w-]+):/g)].map((m) => m[1]).sort();
    const light = tokens(common.slice(common.indexOf('.mg-ui {'), common.indexOf('}', common.indexOf('.mg-ui {'))));
    const darkStart = common.indexOf(".mg-ui[data-theme='dark'] {");
    const dark = tokens(common.slice(darkStart, common.indexOf('}', darkStart)));
    // Dark overrides all colours; only the border width is theme-independent.
    expect(dark).toEqual(light.filter((t) => t !== '--mg-border-width'));
  });

  it('uses px, not rem, since the page owns the root font size', () => {
    expect(both).not.toMatch(/\d(rem)\b/);
  });
});
