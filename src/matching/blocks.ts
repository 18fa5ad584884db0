import { databaseLanguage, guessLanguage } from './language.ts';
import type { Matcher } from './matcher.ts';
import type { TextMatch } from './schema.ts';

/** A block of page text as a DOM reader produces it (the text index's blocks qualify). */
export interface TextBlockInput {
  readonly text: string;
  /** The language the page declares for the block ("nb-NO"), if any. */
  readonly lang?: string | undefined;
}

/**
 * Matches blocks one by one (sentences never cross a block) and reports offsets in the text the
 * blocks make when joined by `separator`, as `scan` prints it. Pure: the DOM stays with the reader.
 */
export function matchBlocks(matcher: Matcher, blocks: readonly TextBlockInput[], separator = '\n\n'): TextMatch & { text: string } {
  const out: TextMatch = { terms: [], matches: [] };
  let offset = 0;
  blocks.forEach((block, i) => {
    if (i > 0) offset += separator.length;
    const lang = databaseLanguage(block.lang) ?? guessLanguage(block.text);
    const r = matcher.matchBlock(block.text, { lang });
    for (const t of r.terms) out.terms.push({ ...t, start: t.start + offset, end: t.end + offset });
    for (const m of r.matches) out.matches.push({ ...m, start: m.start + offset, end: m.end + offset });
    offset += block.text.length;
  });
  return { ...out, text: blocks.map((b) => b.text).join(separator) };
}
