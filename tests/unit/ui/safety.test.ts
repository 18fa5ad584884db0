import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Page and source text reach the card; the only safe way to show it is as text children.
// This guards the rule at the source level, so a later edit cannot slip markup parsing in.
const ROOT = join(import.meta.dirname, '../../..');
const FILES = [
  ...walk(join(ROOT, 'src/ui/card')),
  ...walk(join(ROOT, 'src/ui/common')),
  join(ROOT, 'src/page/card-host.ts'),
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

describe('card sources', () => {
  it.each(FILES.map((f) => [f.slice(ROOT.length + 1), f]))('%s parses no markup from strings', (_, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
  });
});
