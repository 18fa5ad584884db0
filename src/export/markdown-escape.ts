import { foldWhitespace } from './whitespace.ts';

/**
 * Makes page-controlled text inert in Markdown. Page text is only ever placed inside a line (after a
 * list marker, label or quotation mark), so line-start syntax (headings, lists) cannot arise once
 * line breaks are folded; what remains is inline syntax: emphasis, code, links and images, raw
 * HTML and entities, GFM tables, strikethrough, maths, and autolinks (`https:`, `user@host`).
 */
const INLINE_SPECIAL = /[\\`*_{}[\]()<>#!|~&:@$^]/g;
// GFM links "www.example.com" and linkify-style renderers link "example.com" without any scheme;
// escaping a dot between letters breaks every such domain while a sentence's full stop stays plain.
const DOT_IN_WORD = /(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu;

export function escapeMarkdown(text: string): string {
  return foldWhitespace(text)
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(DOT_IN_WORD, '\\.');
}
