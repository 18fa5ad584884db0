import { CONCEPT_IDS, type ConceptId } from './concept-ids.ts';
import { closure, termClosure } from './concept-roles.ts';
import { LEXICON_PARTS } from './forms/index.ts';
import type { Entry, FormLanguage, FormSpec, LexiconPart } from './forms/types.ts';
import { analyse, type FragmentShape, hoistLeadingLookbehinds } from './regex-shape.ts';

/** A surface form ready for matching: its expanded source and what a hit on it means. */
export interface CompiledForm {
  readonly concept: ConceptId;
  /** The concept, what the form also says, everything those imply, and what they read as. */
  readonly concepts: readonly ConceptId[];
  /** Those of `concepts` the form only reads as (READS_AS: "diarrhoea" as a digestive upset). */
  readonly readAs: readonly ConceptId[];
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
   * Built on first access, so the matcher never pays for it.
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

const RANGES: Readonly<Record<string, string>> = { L: LETTER_RANGES, M: MARK_RANGES, N: DIGIT_RANGES };
const SEPARATORS: Readonly<Record<string, string>> = { ' ': '[\\s\\-]+', '~': '[\\s\\-]*', _: '[\\s,;:\\-]+' };
/** What `expandConventions` rewrites or must step over: \p{L|M|N}, other escapes, classes, separators. */
const CONVENTION = /\\p\{([LMN])\}|\\[^]?|\[(?:\\[^]?|[^\\\]])*\]?|[ ~_]/g;
const IN_CLASS = /\\p\{([LMN])\}|\\[^]?/g;

/**
 * Expands the lexicon's conventions: a space is "whitespace and/or hyphen", "~" is an optional
 * one (compounds written as one word, hyphenated, or spaced), "_" is whitespace or punctuation
 * between words. Character classes are left alone, except that \p{L}, \p{M} and \p{N} become
 * explicit ranges everywhere.
 */
export function expandConventions(p: string): string {
  // Without classes or escapes there is no context to track: plain replacements (half the lexicon).
  if (!p.includes('[') && !p.includes('\\')) {
    let out = p;
    for (const separator in SEPARATORS) if (out.includes(separator)) out = out.replaceAll(separator, SEPARATORS[separator] as string);
    return out;
  }
  // A regex finds the few places to rewrite: a loop over every character costs far more.
  return p.replace(CONVENTION, (m: string, property: string | undefined) => {
    if (property !== undefined) return `[${RANGES[property]}]`;
    if (m[0] === '[') return m.replace(IN_CLASS, (e: string, inner: string | undefined) => (inner === undefined ? e : (RANGES[inner] as string)));
    return SEPARATORS[m] ?? m;
  });
}

function toSpec(entry: Entry): FormSpec {
  return typeof entry === 'string' ? { p: entry } : entry;
}

/** Compiles lexicon parts into one combined pattern. Pure; call once and reuse the result. */
export function compileLexicon(parts: readonly LexiconPart[] = LEXICON_PARTS): CompiledLexicon {
  return compileWith(parts, analyse);
}

/**
 * `compileLexicon` with the fragment analysis passed in: tests compile with the exhaustive
 * analysis to check that the shortcuts of the default one change nothing.
 */
export function compileWith(parts: readonly LexiconPart[], analyseFragment: (source: string) => FragmentShape): CompiledLexicon {
  const seen = new Set<string>();
  const closures = new Map<ConceptId, readonly ConceptId[]>();
  const closureOf = (concept: ConceptId): readonly ConceptId[] => {
    let out = closures.get(concept);
    if (!out) closures.set(concept, (out = termClosure(concept)));
    return out;
  };
  const candidates: { form: CompiledForm; key: number; order: number }[] = [];
  for (const concept of CONCEPT_IDS) {
    for (const part of parts) {
      const byLanguage = part[concept];
      if (!byLanguage) continue;
      for (const [language, entries] of Object.entries(byLanguage) as [FormLanguage, readonly Entry[]][]) {
        for (const entry of entries) {
          const spec = toSpec(entry);
          const body = hoistLeadingLookbehinds(expandConventions(spec.p));
          const openLeft = spec.open === 'left' || spec.open === 'both';
          const openRight = spec.open === 'right' || spec.open === 'both';
          // The same spelling may be listed for several languages; the first listing wins. The key
          // stands for `source` (body and boundaries) without building that longer string.
          const dedupeKey = `${openLeft ? 'L' : '-'}${openRight ? 'R' : '-'}${spec.accept ? concept : ''}\u0000${body}`;
          if (seen.has(dedupeKey)) continue;
          seen.add(dedupeKey);
          const bodyWithRight = `(?:${body})${openRight ? '' : RIGHT_BOUNDARY}`;
          const source = `${openLeft ? '' : LEFT_BOUNDARY}${bodyWithRight}`;
          const shape = analyseFragment(body);
          if (shape.capturingGroups > 0) throw new Error(`lexicon form for ${concept} has a capturing group: ${spec.p}`);
          const concepts = spec.also ? [...new Set([concept, ...spec.also].flatMap(closureOf))] : [...closureOf(concept)];
          const said = new Set([concept, ...(spec.also ?? [])].flatMap(closure));
          const readAs = concepts.filter((k) => !said.has(k));
          candidates.push({
            form: {
              concept,
              concepts,
              readAs,
              language,
              source,
              body: bodyWithRight,
              prefixes: shape.prefixes,
              lookarounds: shape.lookarounds,
              openLeft,
              openRight,
              accept: spec.accept,
              negated: spec.negated ?? false,
              opaque: spec.opaque ?? false,
            },
            key: shape.specificity,
            order: candidates.length,
          });
        }
      }
    }
  }
  candidates.sort((a, b) => b.key - a.key || a.order - b.order);
  const forms = candidates.map((c) => c.form);
  let pattern: RegExp | undefined;
  return {
    forms,
    get pattern() {
      pattern ??= new RegExp(forms.map((f) => `(?:${f.source})`).join('|'), 'gu');
      return pattern;
    },
  };
}

let shared: CompiledLexicon | undefined;

/** The lexicon compiled once per realm (content script, worker, Node process). */
export function lexicon(): CompiledLexicon {
  shared ??= compileLexicon();
  return shared;
}
