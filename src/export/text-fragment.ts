import { foldWhitespace } from './whitespace.ts';

/**
 * Links back to a sentence's place on its page with a text fragment (`#:~:text=`), per the
 * WICG Text Fragments spec. The directive's own syntax uses `&`, `,` and `-`, so those must be
 * percent-encoded inside a value; `(` and `)` are encoded too so the link survives inside
 * Markdown's `[text](url)`, and `!'*~` because some renderers treat them as punctuation.
 */
const EXTRA_ENCODE = /[-!'()*~]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function encodeFragmentValue(text: string): string {
  // encodeURIComponent throws on a lone surrogate, which a hostile page can contain.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd')).replace(
    EXTRA_ENCODE,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Longer sentences use the `textStart,textEnd` form: shorter URLs that survive small edits. */
const LONG_SENTENCE_CHARS = 100;
const RANGE_WORDS = 4;

export function textDirective(sentence: string): string {
  const text = foldWhitespace(sentence);
  const words = text.split(' ');
  if (text.length <= LONG_SENTENCE_CHARS || words.length < RANGE_WORDS * 2 + 2) {
    return `text=${encodeFragmentValue(text)}`;
  }
  const start = words.slice(0, RANGE_WORDS).join(' ');
  const end = words.slice(-RANGE_WORDS).join(' ');
  return `text=${encodeFragmentValue(start)},${encodeFragmentValue(end)}`;
}

/**
 * The page URL with a text fragment, or undefined when the URL is not an http(s) address or a
 * local file (what `scan` exports); a `javascript:` or `data:` URL from a tampered collection must
 * never become a link.
 * Any earlier fragment directive is dropped; the page's own fragment is kept before it.
 */
const LINKABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

export function safePageHref(pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (!LINKABLE_PROTOCOLS.has(url.protocol)) return undefined;
  // The URL serialiser already encodes spaces, quotes and angle brackets; parentheses would end
  // a Markdown link destination early.
  return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

export function fragmentLink(pageUrl: string, sentence: string): string | undefined {
  const href = safePageHref(pageUrl);
  if (href === undefined) return undefined;
  const hashAt = href.indexOf('#');
  const base = hashAt === -1 ? href : href.slice(0, hashAt);
  const ownFragment = hashAt === -1 ? '' : href.slice(hashAt + 1).split(':~:')[0];
  return `${base}#${ownFragment}:~:${textDirective(sentence)}`;
}
