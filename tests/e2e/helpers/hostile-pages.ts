import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pages built to stress the extension, generated at test time into a scratch folder (megabytes
 * that do not belong in the repository). Each is a plain HTML file; pages whose shape HTML
 * cannot express (thousands of nested levels: the HTML parser flattens deep nesting; adjacent
 * text nodes) build it with an inline script while they parse, before any content script runs.
 */

const CLAIM = 'Magnesium oxide is poorly absorbed.';
const PROSE = [
  'Many people with migraine have low magnesium levels, a small study found.',
  'Magnesium oxide is poorly absorbed.',
  'The clinic opened a new wing last spring and hired more nurses for the night shift.',
  'Magnesium may help prevent migraine attacks in some adults.',
  'Readers asked whether the weather affects their headaches, and the answers varied widely.',
  'Take magnesium citrate with food to avoid an upset stomach.',
];

const TERMS = PROSE.filter((sentence) => /magnesium|migraine/i.test(sentence));
const FILLER = [
  'The clinic opened a new wing last spring and hired more nurses for the night shift.',
  'Readers asked whether the weather affects their sleep, and the answers varied widely.',
  'Parking near the hospital has become harder since the old garage closed for repairs.',
  'Several volunteers stayed late to sort the donations that arrived during the week.',
  'The committee will publish its annual report once the last figures are checked.',
];

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const script = (code: string) => `<script>${code}\ndocument.currentScript.remove();</script>`;

function nestedPage(title: string, tag: string): string {
  return page(
    title,
    `<p>${CLAIM}</p><div id="deep"></div>` +
      script(`for (let chain = 0; chain < 5; chain += 1) {
  let at = document.getElementById('deep');
  for (let i = 0; i < 2000; i += 1) {
    const element = document.createElement(${tag});
    element.appendChild(document.createTextNode(i % 100 === 0 ? ${JSON.stringify(` ${CLAIM} `)} : ' w' + i));
    at.appendChild(element);
    at = element;
  }
}`),
  );
}

export const HOSTILE_PAGES = {
  /**
   * About 5 MB of article text in some 8,000 paragraphs: mostly ordinary prose, with a sentence
   * about magnesium or migraine in one of every ten (thousands of highlights in all).
   */
  'big-text.html': () => {
    const paragraphs: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i += 1) {
      const sentences = Array.from({ length: 7 }, (_, j) => {
        const n = i * 7 + j;
        return n % 10 === 0 ? TERMS[(n / 10) % TERMS.length]! : FILLER[n % FILLER.length]!;
      });
      const p = `<p>${sentences.join(' ')}</p>\n`;
      paragraphs.push(p);
      size += p.length;
    }
    return page('5 MB of text', `<article><h1>${CLAIM}</h1>${paragraphs.join('')}</article>`);
  },
  /**
   * 10,000 inline elements nested in one another, as five chains 2,000 levels deep, text at every
   * level. (Chromium's renderer itself crashes on one chain much deeper than 5,000 inline or 2,000
   * block levels, with or without an extension, so deeper is no test of MgLens.)
   */
  'nested-inline.html': () => nestedPage('10,000 nested inline elements', "i % 2 ? 'span' : 'b'"),
  /** 10,000 block elements nested as five chains 2,000 levels deep, a claim every hundredth level. */
  'nested-blocks.html': () => nestedPage('10,000 nested blocks', "'div'"),
  /** 100,000 text nodes of one to four characters, appended one by one (as a framework does), in one paragraph. */
  'tiny-nodes.html': () =>
    page(
      '100,000 tiny text nodes',
      `<p>${CLAIM}</p><p id="tiny"></p>` +
        script(`const p = document.getElementById('tiny');
const text = ${JSON.stringify(PROSE.join(' ') + ' ')}.repeat(400);
let i = 0;
for (let n = 0; n < 100000; n += 1) {
  const len = 1 + (n % 4);
  p.appendChild(document.createTextNode(text.slice(i, i + len)));
  i = (i + len) % (text.length - 4);
}`),
    ),
  /** One text node of 1 MB of repeated letters, next to an ordinary paragraph. */
  'one-megabyte-node.html': () =>
    page(
      'One 1 MB text node',
      `<p>${CLAIM}</p><p id="big"></p>` +
        script(`document.getElementById('big').appendChild(document.createTextNode('a'.repeat(1 << 20)));`),
    ),
  /**
   * A page that fights the highlights: unwraps every one in one paragraph as it appears, and
   * replaces another paragraph with a fresh copy of itself whenever it gets one (new elements each
   * time, so a per-element give-up rule alone never triggers).
   */
  'remover.html': () =>
    page(
      'Removes highlights',
      `<article><p id="unwrap">${PROSE.slice(0, 4).join(' ')}</p><p id="replace">${PROSE.slice(2).join(' ')}</p><p id="calm">${CLAIM}</p></article>` +
        script(`window.__strips = 0;
new MutationObserver(() => {
  for (const mark of document.querySelectorAll('#unwrap mark')) { mark.replaceWith(...mark.childNodes); window.__strips += 1; }
  const p = document.getElementById('replace');
  if (p && p.querySelector('mark')) { const fresh = document.createElement('p'); fresh.id = 'replace'; fresh.textContent = p.textContent; p.replaceWith(fresh); window.__strips += 1; }
}).observe(document.body, { childList: true, subtree: true });`),
    ),
  /**
   * Language declarations no matcher knows: overlong, markup, empty, a language MgLens does not
   * match. Each block's text still deserves a reading (a malformed tag counts as none).
   */
  'odd-languages.html': () =>
    page(
      'Odd language tags',
      `<article>${['x'.repeat(80), '"><img src=x onerror=alert(1)>', '', 'en-', 'EN-gb', 'zz-Latn-QQ'].map((lang, i) => `<p lang="${lang.replace(/"/g, '&quot;')}" id="lang${i}">${CLAIM}</p>`).join('')}</article>`,
    ),
} as const;

export type HostilePage = keyof typeof HOSTILE_PAGES;

export function writeHostilePages(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(HOSTILE_PAGES)) writeFileSync(join(dir, name), make());
}
