import type { ConceptId } from '../lexicon/concept-ids.ts';
import { ANTONYMS, CORE, NEGATING_CONCEPTS, PREDICATES } from '../lexicon/concept-roles.ts';
import type { TermHit } from '../lexicon/find-terms.ts';
import { findNegationCues, type NegationCue } from '../lexicon/negation.ts';
import type { Polarity } from './schema.ts';

/**
 * Does a sentence deny the claim it matches? Only negation that governs the claim's predicate
 * counts: "magnesium does not help migraine" denies "magnesium relieves migraine", while
 * "although it is not a cure, magnesium eases migraine" affirms it.
 *
 * A cue governs a predicate term when
 * - it is a strong, claim-level cue ("it is a myth that", "no evidence that") anywhere in the
 *   sentence short of a contrast ("..., but the evidence is weak"), unless the claim is itself
 *   about that absence of evidence;
 * - it precedes the predicate in the same clause, at most MAX_BEFORE words away, with no
 *   complementiser in between ("many do not know that magnesium blocks ..." affirms);
 * - it follows the predicate by at most MAX_AFTER words in languages whose word order puts the
 *   negation after the verb ("magnesium hjelper ikke", "hilft nicht");
 * - it lies inside the predicate term ("tas ikke dårlig opp", "is not poorly absorbed"), unless
 *   the term's own meaning includes the negation word ("not enough magnesium" is a deficiency,
 *   "not well absorbed" is poorly absorbed: find-terms.ts tells the two apart);
 * - or the term is itself a negated form of the predicate ("ineffective").
 * An odd number of governing cues denies. A claim whose signature has no predicate is denied by
 * a strong cue, the negation of a relation word between its own concepts (not "gi" in "... og kan
 * gi bivirkninger" for the safety claim), or a negation right before its topic ("not safe").
 */

const MAX_BEFORE = 5;

/** Predicates that state how a claim's concepts relate ("no link", "won't do anything for"). */
const RELATIONS: ReadonlySet<ConceptId> = new Set<ConceptId>(['linked-to', 'relief', 'reduces', 'increases', 'causes', 'prevention', 'blocks']);
const MAX_AFTER = 3;

const WORD = /[\p{L}\p{N}]+/gu;
const CLAUSE_BREAK =
  /[,;:()[\]—–]|\s-\s|(?<!\p{L})(?:but|while|whereas|although|though|however|yet|because|since|unless|except|where|when|which|who|if|men|mens|selv om|fordi|ettersom|skjønt|enda|der|når|da|hvor|som|dersom|hvis|но|а|докато|въпреки|макар|защото|ако|където|когато|който|която|което|които|aber|während|obwohl|weil|wo|wenn|medan|eftersom|där|när)(?!\p{L})/iu;
/** What even a claim-level denial does not reach across ("X helps, but the evidence is weak"). */
export const CONTRAST =
  /[;:]|,(?=\s*(?:(?:it|they|this|that)(?:['’]s| is| are)?|(?:den|det|de) (?:er )?|(?:той|тя|то|те) )?\s*(?:just|only|merely|simply|bare|kun|само|просто)\s)|(?<!\p{L})(?:but|however|although|though|whereas|while|yet|men|mens|selv om|skjønt|likevel|но|ала|обаче|въпреки|макар|докато|aber|obwohl|doch|medan|fast)(?!\p{L})/iu;
const COMPLEMENTISER: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:that|whether)(?!\p{L})/iu,
  nb: /(?<!\p{L})(?:at|hvorvidt)(?!\p{L})/iu,
  bg: /(?<!\p{L})(?:че|дали)(?!\p{L})/iu,
};

interface Cue {
  readonly start: number;
  readonly end: number;
  readonly strong: boolean;
  readonly postVerbal: boolean;
  /** A negated term ("ineffective"): it governs only itself. */
  readonly self?: TermHit;
}

export interface PolarityInput {
  /** The sentence text; term offsets are relative to it. */
  readonly text: string;
  readonly terms: readonly TermHit[];
  readonly required: readonly ConceptId[];
  /** The claim was met through an antonym predicate: its polarity flips once more. */
  readonly viaAntonym?: boolean;
  readonly lang?: string;
}

/** Is the claim negated in this text? (Before flipping for the claim statement's own polarity.) */
export function isNegated(input: PolarityInput): boolean {
  const { text, terms, required } = input;
  const requiredSet = new Set(required);
  const predicateSet = new Set<ConceptId>();
  for (const k of required) {
    if (!PREDICATES.has(k)) continue;
    predicateSet.add(k);
    const other = ANTONYMS[k];
    if (other) predicateSet.add(other);
  }
  let predicates = terms.filter((t) => t.concepts.some((k) => predicateSet.has(k)));
  let cues = collectCues(text, terms, requiredSet);
  if (predicateSet.size === 0) {
    // A claim without a predicate ("magnesium is needed for enzymes", "low magnesium and
    // migraine") is denied outright ("it is a myth that ...") or through the words that state
    // its relation: an association or an effect ("no link between", "won't do anything for"),
    // or a claim term that is itself a predicate ("no anti-inflammatory effect"). Without such a
    // word, a stray "not" ("can't do their job without magnesium") says nothing about it; nor
    // does a relation to something else ("er ikke helt ufarlig og kan gi bivirkninger": "gi"
    // relates magnesium to side effects, not to its safety).
    const relation = terms.filter(
      (t) =>
        (t.concepts.some((k) => RELATIONS.has(k)) && !relatesOther(text, terms, t, requiredSet)) ||
        (t.concepts.some((k) => PREDICATES.has(k)) && t.concepts.some((k) => requiredSet.has(k))),
    );
    if (relation.length > 0) predicates = relation;
    else {
      predicates = terms.filter((t) => t.concepts.some((k) => requiredSet.has(k)));
      // ... except right before what the claim says of magnesium: "not as harmless", "not safe".
      const topics = predicates.filter((t) => t.concepts.some((k) => requiredSet.has(k) && !CORE.has(k)));
      cues = cues.filter((c) => c.strong || c.self !== undefined || topics.some((t) => directlyBefore(text, c, t)));
    }
  }
  // A conditional or subordinate clause ("if tablets do nothing for you, ...", "where pills do
  // not help") is not what the sentence asserts: its predicates decide only when there are no others.
  const background = [...conditionalSpans(text), ...subordinateSpans(text)];
  const asserted = predicates.filter((t) => !within(background, t));
  if (asserted.length > 0) predicates = asserted;
  if (predicates.length === 0) return false;
  const complementiser = COMPLEMENTISER[input.lang ?? ''] ?? COMPLEMENTISER.en;
  let negated = predicates.some((p) => cues.filter((c) => governs(text, c, p, complementiser as RegExp)).length % 2 === 1);
  // "Glycinate is absorbed far better than magnesium oxide" says oxide is the worse one: a claim
  // about the form after "than" gets the predicate reversed (the antonym then agrees with it).
  const reversed = predicateSet.size > 0 && comparedAfter(text, terms, predicates, requiredSet);
  if (Boolean(input.viaAntonym) !== reversed) negated = !negated;
  return negated;
}

const THAN = /(?<!\p{L})(?:than|compared (?:to|with)|enn|end|sammenlignet med|än|als|от|в сравнение с)(?!\p{L})/iu;
const COMPARATIVE = /better|more|easier|higher|superior|worse|poorer|less|bedre|lettere|høyere|mer|dårligere|по-|besser|bättre/iu;

/** Does the claim's subject come after "than" in a comparison made by the predicate term? */
function comparedAfter(text: string, terms: readonly TermHit[], predicates: readonly TermHit[], required: ReadonlySet<ConceptId>): boolean {
  const subjects = terms.filter((t) => t.concepts.some((k) => required.has(k) && !PREDICATES.has(k)));
  return predicates.some((p) =>
    subjects.some((s) => {
      if (s.start < p.end) return false;
      const between = text.slice(p.end, s.start);
      return THAN.test(between) && (COMPARATIVE.test(p.text) || COMPARATIVE.test(between));
    }),
  );
}

export function polarityOf(negatedInText: boolean, negatedInStatement: boolean): Polarity {
  return negatedInText === negatedInStatement ? 'affirms' : 'denies';
}

function collectCues(text: string, terms: readonly TermHit[], required: ReadonlySet<ConceptId>): Cue[] {
  const opaque = terms.filter((t) => t.opaque);
  const cues: Cue[] = findNegationCues(text)
    .filter((c: NegationCue) => !opaque.some((t) => c.start >= t.start && c.end <= t.end))
    .map((c) => ({ start: c.start, end: c.end, strong: c.strength === 'strong', postVerbal: c.postVerbal }));
  for (const t of terms) {
    if (t.negated) cues.push({ start: t.start, end: t.end, strong: false, postVerbal: false, self: t });
    else if (t.concepts.some((k) => NEGATING_CONCEPTS.has(k)) && !t.concepts.some((k) => required.has(k))) {
      cues.push({ start: t.start, end: t.end, strong: true, postVerbal: false });
    }
  }
  return cues;
}

function governs(text: string, cue: Cue, p: TermHit, complementiser: RegExp): boolean {
  if (cue.self) return cue.self === p;
  if (cue.strong) return !CONTRAST.test(cue.end <= p.start ? text.slice(cue.end, p.start) : text.slice(p.end, cue.start));
  if (cue.start >= p.start && cue.end <= p.end) return true;
  if (cue.end <= p.start) {
    const between = text.slice(cue.end, p.start);
    // Where the negation follows its verb ("løfter ikke humøret og hjelper ikke"), a cue before
    // a coordinated verb belongs to the first one.
    if (cue.postVerbal && COORDINATION.test(between)) return false;
    // The comma Bulgarian (and often Norwegian) puts before "че"/"at" is no break of its own.
    const joined = between.replace(/,(?=\s*(?:че|at|that)(?!\p{L}))/iu, ' ');
    if (CLAUSE_BREAK.test(joined)) return false;
    const comp = complementiser.exec(joined);
    if (!comp) return words(joined) <= MAX_BEFORE;
    // "Don't expect that it works overnight", "jeg tror ikke at", "не мисля, че": a negated verb
    // of belief or expectation denies what it introduces; other verbs ("do not know that") do not.
    const head = joined.slice(0, comp.index);
    const rest = joined.slice(comp.index + comp[0].length);
    const verbBefore = cue.postVerbal && new RegExp(`${NEG_RAISING.source}(?:\\s+\\p{L}+)?\\s*$`, 'iu').test(text.slice(0, cue.start));
    return (NEG_RAISING.test(head) || verbBefore) && words(head) <= 3 && words(rest) <= MAX_BEFORE && !complementiser.test(rest);
  }
  if (cue.start >= p.end && cue.postVerbal) {
    // "skyldes tilsetningsstoffene og ikke magnesiumet": "og ikke" negates the noun after it.
    if (CONTRASTIVE_BEFORE.test(text.slice(0, cue.start))) return false;
    const between = text.slice(p.end, cue.start);
    return words(between) <= MAX_AFTER && !CLAUSE_BREAK.test(between);
  }
  return false;
}

const CONDITIONAL =
  /(?<!\p{L})(?:if|unless|whether|as long as|provided(?: that)?|hvis|dersom|så lenge|forutsatt(?: at)?|ако|стига да|при условие(?: че)?|дали|wenn|falls|ob|om)(?!\p{L})[^,;.!?]*/giu;
const SUBORDINATE =
  /(?<!\p{L})(?:where|when|whenever|which|who|whom|whose|der|når|hvor|som|hvilke|hvilket|където|когато|който|която|което|които|da|after|before|once|until|what|etter at|før|hva|след като|преди да|wo|wenn|welche|där|när)(?!\p{L})[^,;.!?]*/giu;

/**
 * Embedded questions: "the trial will test whether magnesium reduces ...", "ask my doctor if I
 * should try magnesium", "lurer på om", "дали". What they contain is asked, not claimed.
 */
const QUESTION_VERBS = [
  // Verbs of asking and testing; not "wonder whether", which floats a hypothesis ("researchers
  // wonder whether narrowing blood vessels contributes to ...").
  ["(?:ask|asks|asked|asking|know|knows|see|check|checks|checked|test|tests|tested|testing|find out|decide|determine|assess|assessed|assessing|evaluate|evaluated|investigate|investigated|examine|examined)", '(?:if|whether)'],
  ['(?:vet|veit|vite|spørre|spør|spurte|undersøke|undersøker|undersøkte|sjekke|sjekker|teste|tester|testet|finne ut|avgjøre|vurdere|vurderte)', '(?:om|hvorvidt)'],
  ['(?:провери|проверят|проверява|проверяват|изследва|изследват|установи|установят|питам|пита|питат|знае|знам|знаете|знаят|оцени|оценят)', 'дали'],
] as const;
// The conjunction first, then a lookbehind for the verb: cheap, as it runs only where "if" is.
const EMBEDDED_QUESTION = new RegExp(
  QUESTION_VERBS.map(([verb, conj]) => `(?<!\\p{L})${conj}(?!\\p{L})(?<=(?<!\\p{L})${verb}\\s(?:[\\p{L}'’]+\\s){0,4}${conj})[^,;.!?]*`).join('|'),
  'giu',
);

/** [start, end) ranges of the sentence's embedded questions. */
export function embeddedQuestionSpans(text: string): [number, number][] {
  if (ADVICE_TO_ASK.test(text)) return [];
  return [...text.matchAll(EMBEDDED_QUESTION)].map((m) => [m.index, m.index + m[0].length]);
}

/** "Ask your pharmacist whether magnesium clashes with ...": advice that presumes the possibility. */
const ADVICE_TO_ASK = /^[\s\p{P}]*(?:ask|check with|talk to|consult|speak to|spør|sjekk med|snakk med|rådfør deg med|попитайте|питайте|консултирайте се|посъветвайте се)(?!\p{L})/iu;

/** Words that open a question about something taken as given ("why choose glycinate for ...?"). */
const WH_WORD =
  /^(?:what|why|how|which|who|whom|whose|when|where|hva|hvorfor|hvordan|hvilken|hvilke|hvilket|hvem|når|hvor|på hvilken måte|i hvilken grad|какво|защо|как|кой|коя|кое|кои|кога|къде|колко|по какъв начин)(?!\p{L})/iu;
const LEADING_CONJUNCTION = /^(?:but|and|so|men|og|så|но|а|и)\s+/iu;
const LAST_CLAUSE = /(?:[,;:]|(?<!\p{L})(?:but|men|но|а)(?!\p{L}))\s*(?=[^,;:]*$)/iu;

/**
 * A yes/no question ("Does magnesium help migraine?", "Bør alle ta magnesium?", "Помага ли
 * магнезият?") asks whether a claim holds and makes none. A wh-question presupposes its content
 * ("Why choose glycinate for migraine prevention?") and is read as a claim, as is a statement
 * before a final wh-question ("X is promising, but how does it work?").
 */
export function isPolarQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.endsWith('?')) return false;
  const cut = LAST_CLAUSE.exec(trimmed);
  const lastClause = (cut ? trimmed.slice(cut.index + cut[0].length) : trimmed).replace(LEADING_CONJUNCTION, '');
  const opensWith = (s: string): boolean => WH_WORD.test(s.replace(/^[\p{P}\s]+/u, ''));
  return !opensWith(lastClause) && !opensWith(trimmed);
}

/** [start, end) ranges of the sentence's conditional clauses ("if you stick to normal doses"). */
export function conditionalSpans(text: string): [number, number][] {
  return [...text.matchAll(CONDITIONAL)].map((m) => [m.index, m.index + m[0].length]);
}

function subordinateSpans(text: string): [number, number][] {
  return [...text.matchAll(SUBORDINATE)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether a term lies inside one of the spans (background, not what the sentence asserts). */
export function within(spans: readonly [number, number][], term: TermHit): boolean {
  return spans.some(([s, e]) => term.start >= s && term.end <= e);
}

/** Verbs of belief and expectation, whose negation is read as the negation of their complement. */
const NEG_RAISING =
  /(?<!\p{L})(?:think|believe|expect|suppose|tro|tror|trur|forvent|forvente|forventer|regn med|mener|tenk|очаквай|очаквайте|очаквам|очаква|мисля|смятам|вярвам)(?!\p{L})/iu;

const COORDINATION = /(?<!\p{L})(?:og|eller|samt|und|oder|och|eller)(?!\p{L})/iu;

/** "X, not Y", "X og ikke Y", "X, а не Y": the negation contrasts the noun after it. */
const CONTRASTIVE_BEFORE = /(?:,|(?<!\p{L})(?:and|but|or|og|men|eller|а|и|но|или|und|aber|och))\s*$/iu;
const COPULA_BEFORE = /(?<!\p{L})(?:is|are|was|were|be|been|er|var|blir|ble|vært|ist|sind|war|är|blev)\s*$/iu;
const COPULA = /(?<!\p{L})(?:е|са|бил|била|били|беше|бяха|be|been)(?!\p{L})/iu;
/** A Bulgarian copula right after the cue ("не е", "не са"): as "is not" in English. */
const COPULA_AFTER = /^\s*(?:е|са|бил|била|били|беше|бяха)(?!\p{L})/iu;

/**
 * Whether a relation word relates something the claim is not about: the first term after it in
 * its clause that names a subject (not another predicate) is outside the claim ("kan gi
 * bivirkninger" in a sentence matched to the safety claim). A relation word with no such term
 * after it ("magnesium and migraine are not linked") relates the claim's own concepts.
 */
function relatesOther(text: string, terms: readonly TermHit[], relation: TermHit, required: ReadonlySet<ConceptId>): boolean {
  if (relation.concepts.some((k) => required.has(k))) return false;
  const next = terms.find((t) => t.start >= relation.end && !t.concepts.some((k) => PREDICATES.has(k)));
  if (!next || CLAUSE_BREAK.test(text.slice(relation.end, next.start))) return false;
  return !next.concepts.some((k) => required.has(k));
}

/**
 * A cue that negates a copula shortly before the term ("is not as harmless", "is not needed for
 * healthy bones", "er ikke trygt", "не е безопасен"), or contrasts the term itself ("sulfate, not
 * chloride"). Only these: in "klarer ikke musklene å slappe av" the "ikke" negates the verb
 * before it, not the muscles after it.
 */
function directlyBefore(text: string, cue: Cue, t: TermHit): boolean {
  if (cue.end > t.start) return false;
  const between = text.slice(cue.end, t.start);
  if (CLAUSE_BREAK.test(between)) return false;
  const before = text.slice(0, cue.start);
  if (words(between) === 0 && CONTRASTIVE_BEFORE.test(before)) return true;
  // "is not [entirely] harmless", "er ikke [helt] trygt", "не е [напълно] безвреден": up to three
  // words between the copula and the term.
  if (words(between) <= 4 && COPULA_AFTER.test(between)) return true;
  return words(between) <= 3 && (COPULA_BEFORE.test(before) || (words(between) <= 1 && COPULA.test(between)));
}

function words(s: string): number {
  return s.match(WORD)?.length ?? 0;
}
