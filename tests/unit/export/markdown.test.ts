import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/export/markdown-escape.ts';
import { collectionToMarkdown, toMarkdown } from '../../../src/export/markdown.ts';
import { doc, emptyDoc, XSS } from './fixtures.ts';

/** Characters that start Markdown/HTML syntax must appear only backslash-escaped. */
function unescaped(text: string, chars: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (chars.includes(text[i]!)) found.push(text[i]!);
  }
  return found;
}

describe('escapeMarkdown', () => {
  it('escapes HTML, links, images, emphasis and code', () => {
    expect(escapeMarkdown(XSS)).toBe('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdown('![x](http://e.vil) *a* _b_ `c` [d]: <e>')).toBe(
      '\\!\\[x\\]\\(http\\://e\\.vil\\) \\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\: \\<e\\>',
    );
    expect(unescaped(escapeMarkdown('<>[]()!*_`&|~#'), '<>[]()!*_`&|~#')).toEqual([]);
  });

  it('folds line breaks so page text cannot start a heading, list or block', () => {
    expect(escapeMarkdown('a\n# b\n\n- c\r\n> d')).toBe('a \\# b - c \\> d');
  });

  it('breaks autolinks: schemes, www. and bare domains, e-mail addresses', () => {
    expect(escapeMarkdown('see https://e.vil and www.e.vil or me@e.vil.')).toBe(
      'see https\\://e\\.vil and www\\.e\\.vil or me\\@e\\.vil.',
    );
  });

  it('leaves ordinary prose, Cyrillic and full stops readable', () => {
    expect(escapeMarkdown('Магнезият помага, нали? Ja, det gjør det.')).toBe('Магнезият помага, нали? Ja, det gjør det.');
  });

  it('escapes entities so &lt; stays literal', () => {
    expect(escapeMarkdown('&lt;script&gt;')).toBe('\\&lt;script\\&gt;');
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(doc);

  it('has a heading with the escaped page title, and a link to the page', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Claims on “Magnesium \\& migrene\\: «Bør alle ta det?» \\<b\\>nå\\</b\\>”');
    expect(lines[2]).toBe(
      '- Page: [Magnesium \\& migrene\\: «Bør alle ta det?» \\<b\\>nå\\</b\\>](https://example.org/articles/mg?x=1&y=%282%29)',
    );
    expect(md).toContain('- Exported: 2025-03-14T09:26:53.000Z');
    expect(md).toContain('- 5 highlighted sentences');
  });

  it('links each sentence back to its place with an encoded text fragment', () => {
    expect(md).toContain(
      '> [“Magnesium blocks NMDA receptors, "they say", and helps.”](https://example.org/articles/mg?x=1&y=%282%29#:~:text=Magnesium%20blocks%20NMDA%20receptors%2C%20%22they%20say%22%2C%20and%20helps.)',
    );
    expect(md).toContain(
      `#:~:text=${encodeURIComponent('Магнезият е полезен при мигрена')}%2C%20${encodeURIComponent('според някои изследвания.')})`,
    );
  });

  it('shows claim, polarity, grade, reasons and every source with its quote', () => {
    expect(md).toContain('## 1. Magnesium blocks NMDA receptors.');
    expect(md).toContain('- Claim: `magnesium-blocks-nmda`');
    expect(md).toContain('- The page affirms this claim.');
    expect(md).toContain('- Strength of evidence: Low');
    expect(md).toContain('- Strength of evidence: Very low · Contested');
    expect(md).toContain('- The page denies this claim');
    expect(md).toContain('- Sources: No quoted evidence.');
    expect(md).toContain('- Why: 2 sources in 2 languages agree; none cites a trial.');
    expect(md).toContain('  - Supports · Mechanism · *Магнезий в неврологията* (`004_93ee198eb23e6ed1.txt`): “Магнезият блокира NMDA, "рецепторите", в мозъка.”');
    expect(md).toContain('  - Contrasts · Unreferenced assertion · *Magnesium glycinate, migraine* (`001_d2989948f6cce1c0.txt`): “Line one, line "two"”');
  });

  it('shows a hostile sentence as inert text', () => {
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).toContain('“Hostile \\<img src=x onerror=alert\\(1\\)\\> sentence about magnesium.”');
  });

  it('never makes a non-http page URL into a link', () => {
    const evil = toMarkdown({ ...doc, page: { ...doc.page, url: 'javascript:alert(1)' } });
    expect(evil).not.toMatch(/\]\(javascript/);
    expect(evil).toContain('- Page: javascript\\:alert\\(1\\)');
    expect(evil).toContain('> “Magnesium blocks NMDA receptors, "they say", and helps.”');
  });

  it('writes labels in the export language', () => {
    const nb = toMarkdown({ ...doc, locale: 'nb' });
    expect(nb).toContain('## 1. Magnesium blokkerer NMDA-reseptorer.');
    expect(nb).toContain('- Hvor godt underbygget: Lav');
    const bg = toMarkdown({ ...doc, locale: 'bg' });
    expect(bg).toContain('## 1. Магнезият блокира NMDA рецепторите.');
    expect(bg).toContain('- 5 маркирани изречения');
  });

  it('says so when nothing was highlighted, and names an untitled page', () => {
    const empty = toMarkdown(emptyDoc);
    expect(empty).toContain('# Claims on “Untitled page”');
    expect(empty).toContain('No claims were highlighted on this page.');
  });

  it('puts each page of a collection under its own second-level heading', () => {
    const all = collectionToMarkdown({ exportedAt: '2025-03-15T00:00:00Z', documents: [doc, emptyDoc] });
    expect(all.startsWith('# MgLens collection\n')).toBe(true);
    expect(all).toContain('- 2 pages');
    expect(all.match(/^## Claims on/gm)).toHaveLength(2);
    expect(all.match(/^### 1\. /gm)).toHaveLength(1);
  });
});
