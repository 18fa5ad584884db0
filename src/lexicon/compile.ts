import { CONCEPT_IDS, type ConceptId } from './concept-ids.ts';
import { termClosure } from './concept-roles.ts';
import { LEXICON_PARTS } from './forms/index.ts';
import type { Entry, FormLanguage, FormSpec, LexiconPart } from './forms/types.ts';
import { capturingGroups, hoistLeadingLookbehinds, lookarounds, prefixes, specificity } from './regex-shape.ts';

/** A surface form ready for matching: its expanded source and what a hit on it means. */
export interface CompiledForm {
  readonly concept: ConceptId;
  /** The concept, what the form also says, and everything those imply. */
  readonly concepts: readonly ConceptId[];
  readonly language: FormLanguage;
  /** The form with both word boundaries (unless open), as it appears in `pattern`. */
  readonly source: string;
  /** The form without its left boundary: the scanner only tries it where that boundary holds. */
  readonly body: string;
  /** Lookarounds in the form: at equal length, the form that checks its context wins. */
  readonly lookarounds: number;
  /** The first PREFIX_LENGTH characters a match can start with (see `regex-shape.ts`); undefined = any. */
  readonly prefixes: ReadonlySet<string> | undefined;
  readonly openLeft: boolean;
  readonly openRight: boolean;
  readonly accept: ((original: string) => boolean) | undefined;
  readonly negated: boolean;
  readonly opaque: boolean;
}

export interface CompiledLexicon {
  /**
   * Every form in one alternation (flags `gu`, no capturing groups), for callers that want a
   * single pattern. `findTerms` does not run it: see `scanner.ts` for why it dispatches instead.
   */
  readonly pattern: RegExp;
  /** All forms, most specific first (the order in which alternatives are tried). */
  readonly forms: readonly CompiledForm[];
}

/**
 * Letters as the lexicon sees them: lower-case Latin, Greek and Cyrillic (the text is NFKC and
 * lower-cased first), written as literal ranges to keep the compiled patterns short.
 * Explicit ranges instead of \p{L}: V8 compiles a Unicode property class into a large
 * matcher at every use, and the lexicon uses "rest of the word" thousands of times
 * (measured: bucket compilation 4.8 s with \p{L}). Letters of other scripts count as
 * non-letters, i.e. as word boundaries, which is harmless for these languages.
 */
const LETTER_RANGES = 'a-zªµºß-öø-ɏͰ-ϿЀ-ԯḀ-ỿ';
const MARK_RANGES = '\u0300-\u036f';
const DIGIT_RANGES = '0-9';
const WORD_CHAR = `[${LETTER_RANGES}${MARK_RANGES}${DIGIT_RANGES}]`;
const LEFT_BOUNDARY = `(?<!${WORD_CHAR})`;
const RIGHT_BOUNDARY = `(?!${WORD_CHAR})`;

/**
 * Expands the lexicon's conventions: a space is "whitespace and/or hyphen", "~" is an optional
 * one (compounds written as one word, hyphenated, or spaced), "_" is whitespace or punctuation
 * between words. Character classes are left alone.
 */
export function expandConventions(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    if (ch === '\\') {
      const property = /^\\p\{([LMN])\}/.exec(p.slice(i));
      if (property) {
        const ranges = property[1] === 'L' ? LETTER_RANGES : property[1] === 'M' ? MARK_RANGES : DIGIT_RANGES;
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
        continue;
      }
      out += ch + (p[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      out += '[\\s\\-]+';
    } else if (ch === '~') {
      out += '[\\s\\-]*';
    } else if (ch === '_') {
      out += '[\\s,;:\\-]+';
    } else {
      out += ch;
    }
  }
  return out;
}

function toSpec(entry: Entry): FormSpec {
  return typeof entry === 'string' ? { p: entry } : entry;
}

/** Compiles lexicon parts into one combined pattern. Pure; call once and reuse the result. */
export function compileLexicon(parts: readonly LexiconPart[] = LEXICON_PARTS): CompiledLexicon {
  const seen = new Set<string>();
  const candidates: { form: CompiledForm; key: number; order: number }[] = [];
  for (const concept of CONCEPT_IDS) {
    for (const part of parts) {
      const byLanguage = part[concept];
      if (!byLanguage) continue;
      for (const [language, entries] of Object.entries(byLanguage) as [FormLanguage, readonly Entry[]][]) {
        for (const entry of entries) {
          const spec = toSpec(entry);
          const body = hoistLeadingLookbehinds(expandConventions(spec.p));
          if (capturingGroups(body) > 0) throw new Error(`lexicon form for ${concept} has a capturing group: ${spec.p}`);
          const openLeft = spec.open === 'left' || spec.open === 'both';
          const openRight = spec.open === 'right' || spec.open === 'both';
          const bodyWithRight = `(?:${body})${openRight ? '' : RIGHT_BOUNDARY}`;
          const source = `${openLeft ? '' : LEFT_BOUNDARY}${bodyWithRight}`;
          // The same spelling may be listed for several languages; the first listing wins.
          const dedupeKey = `${source}\u0000${spec.accept ? concept : ''}`;
          if (seen.has(dedupeKey)) continue;
          seen.add(dedupeKey);
          const concepts = [...new Set([concept, ...(spec.also ?? [])].flatMap(termClosure))];
          candidates.push({
            form: {
              concept,
              concepts,
              language,
              source,
              body: bodyWithRight,
              prefixes: prefixes(body),
              lookarounds: lookarounds(body),
              openLeft,
              openRight,
              accept: spec.accept,
              negated: spec.negated ?? false,
              opaque: spec.opaque ?? false,
            },
            key: specificity(body),
            order: candidates.length,
          });
        }
      }
    }
  }
  candidates.sort((a, b) => b.key - a.key || a.order - b.order);
  const forms = candidates.map((c) => c.form);
  const pattern = new RegExp(forms.map((f) => `(?:${f.source})`).join('|'), 'gu');
  return { pattern, forms };
}

let shared: CompiledLexicon | undefined;

/** The lexicon compiled once per realm (content script, worker, Node process). */
export function lexicon(): CompiledLexicon {
  shared ??= compileLexicon();
  return shared;
}
