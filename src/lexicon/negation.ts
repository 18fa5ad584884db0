import { normalise, toOriginalRange } from './normalise.ts';

/**
 * Words that negate what follows (or, in Nordic and German word order, what precedes: "hjelper
 * ikke", "hilft nicht"). The matcher decides whether a cue governs a claim's predicate; this
 * module only finds cues, with their original offsets.
 */

export type CueStrength =
  /** "not", "ikke", "не": negates a nearby predicate in the same clause. */
  | 'weak'
  /** "it is not true that", "myth": denies everything after it in the sentence. */
  | 'strong';

export interface NegationCue {
  readonly start: number;
  readonly end: number;
  readonly strength: CueStrength;
  /** The language's word order lets the cue follow the verb it negates ("virker ikke"). */
  readonly postVerbal: boolean;
}

interface CueSpec {
  readonly p: string;
  readonly strength: CueStrength;
  readonly postVerbal?: boolean;
  /** Written as the end of another word ("doesn't"). */
  readonly glued?: boolean;
}

/** Word characters, as explicit ranges (as in compile.ts): a \\p{L} class per alternative is slow. */
const L = '[a-zA-Zª-ÿĀ-ɏͰ-ϿЀ-ԯḀ-ỿ\\u0300-\\u036f0-9]';

/** Phrases that contain a negation word but do not negate ("not only", "ikke bare", "не само"). */
const NOT_NEGATIONS = [
  'not only', 'not just', 'not merely', 'not least', 'not surprisingly', 'no doubt', 'no wonder', 'no matter', 'nothing but',
  'none other', 'not to mention', 'no less', 'if not',
  'ikke bare', 'ikkje berre', 'ikke minst', 'ikke rart', 'ingen tvil', 'ikke sant', 'ikke uten grunn', 'ikke overraskende',
  'не само', 'не случайно', 'няма съмнение', 'без съмнение', 'нищо чудно', 'не на последно място',
  'nicht nur', 'inte bara', 'ikke kun',
];

const CUES: readonly CueSpec[] = [
  // Strong: a claim-level denial.
  {
    p: "(?:it|this|that)(?:'s| is| was) (?:simply |just )?(?:not true|untrue|false|a myth|not the case|wrong|nonsense)|(?:isn't|is not|wasn't|was not) true|(?:is|are) (?:simply |just )?(?:wrong|nonsense|a myth)",
    strength: 'strong',
  },
  { p: '(?:myths?|untrue|false|debunked|disproven|disproved|a misconception|nonsense|baseless|unfounded|groundless|no truth (?:to|in)|nothing to (?:the|this|that|these) (?:idea|claim|claims|notion|theory|story))', strength: 'strong' },
  // A verdict on an idea, often at the end: "the theory that ... doesn't hold up".
  {
    p: "(?:doesn't|does not|didn't|did not|won't|will not|can't|cannot) (?:hold (?:up|water)|stand up(?: to scrutiny)?)|holds? no water|(?:has|have) been (?:refuted|rejected|overturned)|refuted|(?:is|are|was|were) (?:greatly |wildly |hugely )?(?:overblown|overstated|oversold|overhyped)",
    strength: 'strong',
  },
  { p: 'holder (?:ikke|ikkje) (?:vann|mål)|(?:er|ble|har blitt) (?:tilbakevist|avkreftet|motbevist)|avkreftet|motbevist|tilbakevist|overdrevet', strength: 'strong' },
  { p: 'не издържа(?:т)?|опроверга(?:н|на|ни|но|ва|ват)?|оборен(?:а|и|о)?|преувеличен(?:а|и|о)?', strength: 'strong' },
  {
    p: '(?:det|dette|påstanden|det der) (?:er|var) (?:bare )?(?:en myte|ikke riktig|ikke sant|ikkje sant|ikke slik|ikke sånn|ikkje slik|ikke tilfelle|ikke tilfellet|feil|tull|oppspinn)|stemmer (?:ikke|ikkje)|er (?:ikke|ikkje) (?:riktig|sant)|myter?|usant|tull|grunnløs|(?:ingenting|ikke noe|lite) (?:hold )?i (?:påstanden|ideen|teorien|myten)|(?:ikke|uten) (?:noe )?hold',
    strength: 'strong',
  },
  { p: '(?:не е вярно|не е истина|не отговаря на истината|е мит|мит(?:ът)?|заблуда|погрешно|не е така|няма нищо вярно|няма истина|безпочвен\\p{L}*|неоснователн\\p{L}*)', strength: 'strong' },
  // Weak, English.
  {
    p: 'not|no|never|neither|nor|none|nobody|nothing|cannot|hardly|fails? to|failed to|unable to|unlikely to|no longer|dont|doesnt|didnt|isnt|arent|wasnt|werent|cant|couldnt|wont|wouldnt|shouldnt|hasnt|havent|hadnt|aint',
    strength: 'weak',
  },
  { p: "n't", strength: 'weak', glued: true },
  // Weak, Nordic and German: may follow the verb.
  { p: 'ikke|ikkje|ingen|inga|intet|ingenting|aldri|verken|hverken|neppe|aldrig|inte|ej|icke|nicht|kein\\p{L}*|nie|niemals|weder', strength: 'weak', postVerbal: true },
  // Weak, Bulgarian.
  // Bulgarian negative concord: "никак не се подобри", "изобщо не помага" is one negation.
  { p: '(?:никак|изобщо|въобще|никога|хич) не', strength: 'weak' },
  { p: 'не|няма|нито|никога|никак|нищо|никой|никоя|никакъв|никакви|едва ли', strength: 'weak' },
];

const EXCLUDED = new RegExp(`(?<!${L})(?:${NOT_NEGATIONS.map((s) => s.replace(/ /g, '\\s+')).join('|')})(?!${L})`, 'gu');
const PATTERN = new RegExp(
  CUES.map((c) => `${c.glued ? `(?<=${L})` : `(?<!${L})`}(${c.p.replace(/ /g, '\\s+')})(?!${L})`).join('|'),
  'gu',
);

/** Negation cues in `text`, in order, at original offsets. */
export function findNegationCues(text: string): NegationCue[] {
  const norm = normalise(text);
  const excluded: [number, number][] = [];
  for (const m of norm.text.matchAll(EXCLUDED)) excluded.push([m.index, m.index + m[0].length]);
  const cues: NegationCue[] = [];
  for (const m of norm.text.matchAll(PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (excluded.some(([s, e]) => start < e && end > s)) continue;
    const spec = CUES[m.slice(1).findIndex((g) => g !== undefined)] as CueSpec;
    const [os, oe] = toOriginalRange(norm, start, end);
    cues.push({ start: os, end: oe, strength: spec.strength, postVerbal: spec.postVerbal ?? false });
  }
  return cues;
}
