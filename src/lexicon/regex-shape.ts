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
/** One character, any. */
const ANY: Shape = { min: 1, pre: undefined };

/** A character class, escapes respected (sticky). */
const CLASS = /\[(?:\\[^]|[^\\\]])*\]/y;
/** Text up to the next "(" or ")" that opens or closes a group: escapes and classes skipped (sticky). */
const NO_PARENS = /(?:[^\\()[]|\\[^]?|\[(?:\\[^]?|[^\\\]])*\]?)+/y;
/** Characters that are atoms of their own: no group, class, escape, anchor, quantifier or OPEN (sticky). */
const LITERAL_RUN = /[^\\()[\]{}|?*+.^$\0]+/y;
/** A class or an escape, and the quantifier after it if any (sticky). */
const QUANTIFIED_CHARS = /(?:\[(?:\\[^]|[^\\\]])*\]|\\(?:[pP]\{[^}]*\}|u[0-9a-fA-F]{4}|[^]))(?:(?:[?*+]|\{\d+(?:,\d*)?\})\??)?/y;
/** Shapes of the texts QUANTIFIED_CHARS matches: they depend on nothing else. Never mutated. */
const quantifiedCharsCache = new Map<string, Shape>();
/** A counted quantifier (sticky). */
const QUANTIFIER = /\{(\d+)(,(\d*))?\}/y;

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

/**
 * No continuation can change these prefixes: each is open or full length (or the set is already
 * unbounded), so `concat(pre, anything)` is `pre`.
 */
function settled(pre: Prefixes): boolean {
  if (pre === undefined) return true;
  for (const x of pre) if (!x.endsWith(OPEN) && x.length < PREFIX_LENGTH) return false;
  return true;
}

/**
 * `concat` of the prefixes with the plain characters s[start..end) one by one, in one step: each
 * prefix that is still short and exact takes as many of them as fit.
 */
function append(a: Prefixes, s: string, start: number, end: number): Prefixes {
  if (a === undefined) return undefined;
  const out = new Set<string>();
  for (const x of a) {
    out.add(x.endsWith(OPEN) || x.length >= PREFIX_LENGTH ? x : x + s.slice(start, Math.min(end, start + PREFIX_LENGTH - x.length)));
  }
  return out;
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
  /**
   * Above zero while parsing text whose prefixes cannot change the result (inside a lookaround,
   * or after a part that already settled them): the set operations are skipped there.
   */
  private ignore = 0;
  constructor(
    private readonly s: string,
    /** Never ignore: see `analyse`. */
    private readonly exhaustive: boolean,
  ) {}

  private concat(a: Prefixes, b: Prefixes): Prefixes {
    return this.ignore > 0 ? undefined : concat(a, b);
  }

  private union(a: Prefixes, b: Prefixes): Prefixes {
    return this.ignore > 0 ? undefined : union(a, b);
  }

  private repeated(pre: Prefixes): Prefixes {
    return this.ignore > 0 ? undefined : repeated(pre);
  }

  private append(pre: Prefixes, start: number, end: number): Prefixes {
    return this.ignore > 0 ? undefined : append(pre, this.s, start, end);
  }

  parse(): Shape {
    return this.alt();
  }

  private alt(): Shape {
    let shape = this.seq();
    while (this.s[this.i] === '|') {
      this.i++;
      const next = this.seq();
      shape = { min: Math.min(shape.min, next.min), pre: this.union(shape.pre, next.pre) };
    }
    return shape;
  }

  private seq(): Shape {
    let shape = EMPTY;
    // Once the prefixes so far are settled, concat keeps them whatever follows.
    let settledAt = false;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      if (!settledAt && !this.exhaustive && settled(shape.pre)) {
        settledAt = true;
        this.ignore++;
      }
      const start = this.i;
      const end = this.exhaustive ? start : this.literalRun();
      if (end > start) {
        this.i = end;
        shape = { min: shape.min + end - start, pre: settledAt ? shape.pre : this.append(shape.pre, start, end) };
        continue;
      }
      const atom = this.exhaustive || this.ignore > 0 ? this.quantified(this.atom()) : this.quantifiedChars() ?? this.quantified(this.atom());
      shape = { min: shape.min + atom.min, pre: settledAt ? shape.pre : this.concat(shape.pre, atom.pre) };
    }
    if (settledAt) this.ignore--;
    return shape;
  }

  /** Where the plain characters from here on end, to take them in one step instead of one atom each. */
  private literalRun(): number {
    LITERAL_RUN.lastIndex = this.i;
    if (!LITERAL_RUN.test(this.s)) return this.i;
    const end = LITERAL_RUN.lastIndex;
    // A quantifier applies to the last character alone: that one goes the long way.
    const next = this.s[end];
    return next !== undefined && '?*+{'.includes(next) ? end - 1 : end;
  }

  /**
   * A class or escape with its quantifier, when one starts here: the same few ("[\s\-]+",
   * "\d+") recur across forms and their repetitions are large sets, so each is computed once.
   */
  private quantifiedChars(): Shape | undefined {
    QUANTIFIED_CHARS.lastIndex = this.i;
    if (!QUANTIFIED_CHARS.test(this.s)) return undefined;
    const end = QUANTIFIED_CHARS.lastIndex;
    const text = this.s.slice(this.i, end);
    const cached = quantifiedCharsCache.get(text);
    if (cached !== undefined) {
      this.i = end;
      return cached;
    }
    const shape = this.quantified(this.atom());
    // Cached only if the parser read exactly that text (not so for oddities such as "\u{…}").
    if (this.i === end) quantifiedCharsCache.set(text, shape);
    return shape;
  }

  private quantified(atom: Shape): Shape {
    const q = this.s[this.i];
    let out = atom;
    if (q === '?') {
      out = { min: 0, pre: this.union(atom.pre, EMPTY.pre) };
      this.i++;
    } else if (q === '*') {
      out = { min: 0, pre: this.union(EMPTY.pre, this.repeated(atom.pre)) };
      this.i++;
    } else if (q === '+') {
      out = { min: atom.min, pre: this.repeated(atom.pre) };
      this.i++;
    } else if (q === '{') {
      QUANTIFIER.lastIndex = this.i;
      const m = QUANTIFIER.exec(this.s);
      if (m) {
        const n = Number(m[1]);
        const more = m[2] !== undefined && (m[3] === '' || Number(m[3]) > n);
        let pre: Prefixes = EMPTY.pre;
        for (let k = 0; k < Math.min(n, PREFIX_LENGTH); k++) pre = this.concat(pre, atom.pre);
        if (more) pre = this.union(pre, this.concat(pre, this.repeated(atom.pre)));
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
    if (ch === '.') return ANY;
    return this.one(ch);
  }

  /** One character out of `chars`; no set while ignoring. */
  private one(chars: string): Shape {
    return this.ignore > 0 ? ANY : { min: 1, pre: new Set(chars) };
  }

  private group(): Shape {
    const head = groupHead(this.s, this.i + 1);
    if (head.kind === 'capture') this.capturing++;
    if (head.kind === 'look' && !this.exhaustive) {
      // A lookaround matches nothing: only the groups inside it count, no need to parse it.
      const inside = scanGroup(this.s, this.i);
      this.capturing += inside.capturing;
      this.lookarounds += inside.lookarounds;
      this.i = inside.end;
      return EMPTY;
    }
    this.i = head.content;
    const inner = this.alt();
    this.i++; // ')'
    if (head.kind === 'look') {
      this.lookarounds++;
      return EMPTY;
    }
    return inner;
  }

  private charClass(): Shape {
    if (this.ignore > 0) {
      CLASS.lastIndex = this.i;
      if (CLASS.test(this.s)) {
        this.i = CLASS.lastIndex;
        return ANY;
      }
    }
    this.i++;
    // Negated, or not needed (then only the position matters): no set.
    let chars: Set<string> | undefined = this.s[this.i] === '^' || this.ignore > 0 ? undefined : new Set();
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
        else if (chars) for (let c = from; c <= end; c++) chars.add(String.fromCharCode(c));
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
      return ANY;
    }
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'd') return this.one(DIGITS);
    if (e === 's') return this.one(SPACES);
    if ('SwWD'.includes(e)) return ANY;
    if (e === 'u') return this.one(this.hex());
    return this.one(e);
  }
}

/** What the lexicon needs to know about a fragment, all from one parse. */
export interface FragmentShape {
  /** Number of capturing groups (the compiled lexicon relies on having none inside a form). */
  readonly capturingGroups: number;
  /** How many lookarounds a fragment has: a form that checks its context is the more specific. */
  readonly lookarounds: number;
  /**
   * The first PREFIX_LENGTH characters of every possible match (shorter strings for matches that
   * can end sooner); undefined when that set cannot be bounded or the fragment can match nothing.
   */
  readonly prefixes: ReadonlySet<string> | undefined;
  /**
   * The order in which forms are tried at a position (the scanner then keeps the longest match):
   * longer forms first, and among equally long ones those that check their context.
   */
  readonly specificity: number;
}

/**
 * Analyses a fragment in one parse. `exhaustive` computes the prefixes of every part, even those
 * that cannot change the result (inside lookarounds, after settled prefixes): the same answer,
 * several times slower; tests use it as the reference for the shortcuts.
 */
export function analyse(source: string, { exhaustive = false } = {}): FragmentShape {
  const parser = new Parser(source, exhaustive);
  const shape = parser.parse();
  return {
    capturingGroups: parser.capturing,
    lookarounds: parser.lookarounds,
    prefixes: visiblePrefixes(shape.pre),
    specificity: shape.min + 0.5 * parser.lookarounds,
  };
}

/** See `FragmentShape.prefixes`. */
export function prefixes(source: string): ReadonlySet<string> | undefined {
  return analyse(source).prefixes;
}

function visiblePrefixes(parsed: Prefixes): ReadonlySet<string> | undefined {
  if (parsed === undefined) return undefined;
  // Open or not, a short prefix admits any continuation from here on (see prefixAdmits).
  const pre = new Set<string>();
  for (const x of parsed) pre.add(x.endsWith(OPEN) ? x.slice(0, -1) : x);
  return pre.has('') ? undefined : pre;
}

/** Does a form with these prefixes possibly match text starting with `key`? */
export function prefixAdmits(pre: ReadonlySet<string> | undefined, key: string): boolean {
  if (pre === undefined) return true;
  if (pre.has(key)) return true;
  for (let n = 1; n < key.length; n++) if (pre.has(key.slice(0, n))) return true;
  if (key.length < PREFIX_LENGTH) for (const p of pre) if (p.startsWith(key)) return true;
  return false;
}

type GroupKind = 'look' | 'capture' | 'plain';

/** The kind of the group whose "(" is just before `at`, and where its content starts. */
function groupHead(source: string, at: number): { kind: GroupKind; content: number } {
  if (source[at] !== '?') return { kind: 'capture', content: at };
  if (source.startsWith('?=', at) || source.startsWith('?!', at)) return { kind: 'look', content: at + 2 };
  if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) return { kind: 'look', content: at + 3 };
  if (source.startsWith('?:', at)) return { kind: 'plain', content: at + 2 };
  if (source.startsWith('?<', at)) return { kind: 'capture', content: source.indexOf('>', at) + 1 };
  return { kind: 'plain', content: at };
}

/**
 * The group that opens at `open`, without parsing it: the index just past it (escapes and
 * character classes respected), and the capturing groups and lookarounds it holds, itself included.
 */
function scanGroup(source: string, open: number): { end: number; capturing: number; lookarounds: number } {
  let depth = 0;
  let capturing = 0;
  let lookarounds = 0;
  for (let i = open; i < source.length; ) {
    const ch = source[i];
    if (ch === '(') {
      depth++;
      const kind = groupHead(source, i + 1).kind;
      if (kind === 'capture') capturing++;
      else if (kind === 'look') lookarounds++;
      i++;
    } else if (ch === ')') {
      i++;
      if (--depth === 0) return { end: i, capturing, lookarounds };
    } else {
      NO_PARENS.lastIndex = i;
      NO_PARENS.test(source);
      i = NO_PARENS.lastIndex;
    }
  }
  return { end: source.length, capturing, lookarounds };
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
    const end = scanGroup(rest, 0).end;
    checks.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (checks.length === 0 || rest === '') return source;
  const body = `(?:${rest})`;
  return body + checks.map((c) => `${c.slice(0, 4)}${c.slice(4, -1)}${body})`).join('');
}
