// C0/C1 controls other than whitespace have no business in a note or a URL and some renderers choke on them.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** One line of text: controls dropped, runs of whitespace (line breaks included) become one space. */
export function foldWhitespace(text: string): string {
  return text.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}
