/**
 * Static analysis of the lexicon's regular-expression fragments: how specific a form is (to order
 * alternatives) and which three-character prefixes a match can start with (to dispatch on a word's
 * first letters). Handles the syntax the lexicon uses: groups, lookarounds, classes, escapes,
 * quantifiers. Prefix sets may over-approximate, never under-approximate.
 */

/** Prefix length used for dispatch. */
export const PREFIX_LENGTH = 3;
/** Beyond this many prefixes a form is treated as able to start anywhere. */
const MAX_PREFIXES = 6000;

/** Prefixes of possible matches, truncated to PREFIX_LENGTH; undefined = unbounded. */
type Prefixes = Set<string> | undefined;

interface Shape {
  /** Fewest characters matched. */
  min: number;
  pre: Prefixes;
}

const DIGITS = '0123456789';
/** What \s can match in normalised text (NFKC has already turned exotic spaces into these). */
const SPACES = ' \t\n\r\f\v';
const EMPTY: Shape = { min: 0, pre: new Set(['']) };

/** Continuations with more alternatives than this are not spelled out (see `concat`). */
const MAX_CONTINUATIONS = 64;

/**
 * Marks a prefix as open: the match may continue with anything after it. Without the mark a
 * short prefix is exact so far, and a later atom spells out its continuation.
 */
const OPEN = '\u0000';

/**
 * Prefixes of X followed by Y. When Y is unbounded or large, X's short prefixes are marked open
 * instead of spelling out "m" + every letter of the alphabet: a safe over-approximation.
 */
function concat(a: Prefixes, b: Prefixes): Prefixes {
  if (a === undefined) return undefined;
  const out = new Set<string>();
  const spell = b !== undefined && b.size <= MAX_CONTINUATIONS;
  for (const x of a) {
    if (x === '') {
      // Nothing matched yet: the prefixes are Y's own, however many.
      if (b === undefined) return undefined;
      for (const y of b) out.add(y);
    } else if (x.endsWith(OPEN) || x.length >= PREFIX_LENGTH) {
      out.add(x);
    } else if (!spell) {
      out.add(x + OPEN);
    } else {
      for (const y of b) out.add(truncate(x + y));
    }
  }
  if (out.size <= MAX_PREFIXES) return out;
  // Too many to spell out: X's own prefixes, left open, still cover every match.
  if (a.has('')) return undefined;
  return new Set([...a].map((x) => (x.endsWith(OPEN) || x.length >= PREFIX_LENGTH ? x : x + OPEN)));
}

/** The first PREFIX_LENGTH characters; an open mark survives only on shorter prefixes. */
function truncate(x: string): string {
  const open = x.endsWith(OPEN);
  const visible = open ? x.slice(0, -1) : x;
  if (visible.length >= PREFIX_LENGTH) return visible.slice(0, PREFIX_LENGTH);
  return x;
}

/** Prefixes of one to PREFIX_LENGTH repetitions: enough, since each adds at least a character or ends. */
function repeated(pre: Prefixes): Prefixes {
  let acc = pre;
  let rep = pre;
  for (let k = 1; k < PREFIX_LENGTH; k++) {
    rep = concat(rep, pre);
    acc = union(acc, rep);
  }
  return acc;
}

function union(a: Prefixes, b: Prefixes): Prefixes {
  if (a === undefined || b === undefined) return undefined;
  const out = new Set([...a, ...b]);
  return out.size > MAX_PREFIXES ? undefined : out;
}

class Parser {
  private i = 0;
  lookarounds = 0;
  capturing = 0;
  constructor(private readonly s: string) {}

  parse(): Shape {
    return this.alt();
  }

  private alt(): Shape {
    let shape = this.seq();
    while (this.s[this.i] === '|') {
      this.i++;
      const next = this.seq();
      shape = { min: Math.min(shape.min, next.min), pre: union(shape.pre, next.pre) };
    }
    return shape;
  }

  private seq(): Shape {
    let shape = EMPTY;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      shape = { min: shape.min + atom.min, pre: concat(shape.pre, atom.pre) };
    }
    return shape;
  }

  private quantified(atom: Shape): Shape {
    const q = this.s[this.i];
    let out = atom;
    if (q === '?') {
      out = { min: 0, pre: union(atom.pre, EMPTY.pre) };
      this.i++;
    } else if (q === '*') {
      out = { min: 0, pre: union(EMPTY.pre, repeated(atom.pre)) };
      this.i++;
    } else if (q === '+') {
      out = { min: atom.min, pre: repeated(atom.pre) };
      this.i++;
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (m) {
        const n = Number(m[1]);
        const more = m[2] !== undefined && (m[3] === '' || Number(m[3]) > n);
        let pre: Prefixes = EMPTY.pre;
        for (let k = 0; k < Math.min(n, PREFIX_LENGTH); k++) pre = concat(pre, atom.pre);
        if (more) pre = union(pre, concat(pre, repeated(atom.pre)));
        out = { min: atom.min * n, pre };
        this.i += m[0].length;
      }
    }
    if (q !== undefined && '?*+{'.includes(q) && this.s[this.i] === '?') this.i++;
    return out;
  }

  private atom(): Shape {
    const ch = this.s[this.i] as string;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    this.i++;
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '.') return { min: 1, pre: undefined };
    return { min: 1, pre: new Set([ch]) };
  }

  private group(): Shape {
    this.i++;
    let look = false;
    if (this.s[this.i] === '?') {
      const head = this.s.slice(this.i, this.i + 3);
      if (head.startsWith('?=') || head.startsWith('?!') || head === '?<=' || head === '?<!') {
        look = true;
        this.i += head.startsWith('?<') ? 3 : 2;
      } else if (head.startsWith('?:')) {
        this.i += 2;
      } else if (head.startsWith('?<')) {
        this.capturing++;
        this.i = this.s.indexOf('>', this.i) + 1;
      }
    } else {
      this.capturing++;
    }
    const inner = this.alt();
    this.i++; // ')'
    if (look) {
      this.lookarounds++;
      return EMPTY;
    }
    return inner;
  }

  private charClass(): Shape {
    this.i++;
    let chars: Set<string> | undefined = new Set();
    if (this.s[this.i] === '^') chars = undefined;
    let prev: string | undefined;
    while (this.i < this.s.length && this.s[this.i] !== ']') {
      const item = this.classMember();
      if (item === undefined) {
        chars = undefined;
        prev = undefined;
        continue;
      }
      if (item.length > 1) {
        for (const c of item) chars?.add(c);
        prev = undefined;
        continue;
      }
      if (item === '-' && prev !== undefined && this.s[this.i] !== ']') {
        const to = this.classMember();
        if (to === undefined || to.length !== 1) {
          chars = undefined;
          continue;
        }
        const from = prev.charCodeAt(0);
        const end = to.charCodeAt(0);
        if (end - from > MAX_CONTINUATIONS) chars = undefined;
        else for (let c = from; c <= end; c++) chars?.add(String.fromCharCode(c));
        prev = undefined;
        continue;
      }
      chars?.add(item);
      prev = item;
    }
    this.i++;
    // A large class ("any letter") is not worth spelling out: callers treat it as unbounded.
    return { min: 1, pre: chars !== undefined && chars.size <= MAX_CONTINUATIONS ? chars : undefined };
  }

  /** One class member: a character, a set of characters (\d, \s), or undefined if unbounded. */
  private classMember(): string | undefined {
    const ch = this.s[this.i] as string;
    if (ch !== '\\') {
      this.i++;
      return ch;
    }
    const e = this.s[this.i + 1] as string;
    this.i += 2;
    if (e === 'p' || e === 'P') {
      this.i = this.s.indexOf('}', this.i) + 1;
      return undefined;
    }
    if (e === 'd') return DIGITS;
    if (e === 's') return SPACES;
    if ('SwWD'.includes(e)) return undefined;
    if (e === 'u') return this.hex();
    return e;
  }

  private hex(): string {
    const code = this.s.slice(this.i, this.i + 4);
    this.i += 4;
    return String.fromCharCode(parseInt(code, 16));
  }

  private escape(): Shape {
    const e = this.s[this.i + 1] as string;
    this.i += 2;
    if (e === 'p' || e === 'P') {
      this.i = this.s.indexOf('}', this.i) + 1;
      return { min: 1, pre: undefined };
    }
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'd') return { min: 1, pre: new Set(DIGITS) };
    if (e === 's') return { min: 1, pre: new Set(SPACES) };
    if ('SwWD'.includes(e)) return { min: 1, pre: undefined };
    if (e === 'u') return { min: 1, pre: new Set([this.hex()]) };
    return { min: 1, pre: new Set([e]) };
  }
}

/**
 * The order in which forms are tried at a position (the scanner then keeps the longest match):
 * longer forms first, and among equally long ones those that check their context.
 */
export function specificity(source: string): number {
  const parser = new Parser(source);
  const shape = parser.parse();
  return shape.min + 0.5 * parser.lookarounds;
}

/** How many lookarounds a fragment has: a form that checks its context is the more specific. */
export function lookarounds(source: string): number {
  const parser = new Parser(source);
  parser.parse();
  return parser.lookarounds;
}

/**
 * The first PREFIX_LENGTH characters of every possible match (shorter strings for matches that
 * can end sooner); undefined when that set cannot be bounded or the fragment can match nothing.
 */
export function prefixes(source: string): ReadonlySet<string> | undefined {
  const parsed = new Parser(source).parse().pre;
  if (parsed === undefined) return undefined;
  // Open or not, a short prefix admits any continuation from here on (see prefixAdmits).
  const pre = new Set([...parsed].map((x) => (x.endsWith(OPEN) ? x.slice(0, -1) : x)));
  return pre.has('') ? undefined : pre;
}

/** Number of capturing groups (the compiled lexicon relies on having none inside a form). */
export function capturingGroups(source: string): number {
  const parser = new Parser(source);
  parser.parse();
  return parser.capturing;
}

/** Does a form with these prefixes possibly match text starting with `key`? */
export function prefixAdmits(pre: ReadonlySet<string> | undefined, key: string): boolean {
  if (pre === undefined) return true;
  if (pre.has(key)) return true;
  for (let n = 1; n < key.length; n++) if (pre.has(key.slice(0, n))) return true;
  if (key.length < PREFIX_LENGTH) for (const p of pre) if (p.startsWith(key)) return true;
  return false;
}

/** Index just past the group that opens at `open` (escapes and character classes respected). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/**
 * Moves lookbehinds that open a fragment to after it: "(?<!calcium )citrate" becomes
 * "citrate(?<!calcium citrate)". Same language, but the lookbehind now runs only where the
 * literal already matched, instead of at every word the scanner tries the form on.
 */
export function hoistLeadingLookbehinds(source: string): string {
  const checks: string[] = [];
  let rest = source;
  while (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
    const end = groupEnd(rest, 0);
    checks.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (checks.length === 0 || rest === '') return source;
  const body = `(?:${rest})`;
  return body + checks.map((c) => `${c.slice(0, 4)}${c.slice(4, -1)}${body})`).join('');
}
