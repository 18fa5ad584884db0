import { gap, W } from './types.ts';

/** The magnesium word in any of the lexicon's languages, at the start of a word. */
export const MG = `(?:magnesium|magnesia|magnézium|magnezi|mg(?![\\p{L}])|магнези)`;

/** Lookahead: magnesium follows within n words ("low [serum] magnesium"). */
export const mgAhead = (n = 2): string => `(?=_${gap(n)}${MG})`;

/**
 * Words that may stand between a deficiency word and magnesium ("low [serum] magnesium", "lave
 * [nivåer av] magnesium"): a plain word gap would also read "lower [blood pressure with]
 * magnesium" as a deficiency.
 */
const NEAR_FILLERS = [
  'levels?', 'amounts?', 'stores?', 'reserves?', 'serum', 'blood', 'plasma', 'body', "body's", 'bodily', 'tissue', 'cellular', 'intracellular',
  'brain', 'ioni[sz]ed', 'total', 'dietary', 'free', 'the', 'your', 'their', 'his', 'her', 'its', 'our', 'in', 'on', 'of',
  'large', 'huge', 'significant', 'considerable', 'lots', 'a', 'lot', 'much', 'more',
  'nivå(?:er|et|ene)?', 'verdi(?:er|en|ene)?', 'innhold(?:et)?', 'av', 'for', 'i', 'på', 'blod(?:et)?', 'kroppens', 'kroppen', 'hjernens', 'cellenes',
];
const BG_NEAR_FILLERS = [
  'нива(?:та)?', 'ниво(?:то)?', 'на', 'от', 'в', 'във', 'серум\\p{L}*', 'кръвта', 'организма', 'тялото', 'съдържание(?:то)?', 'запаси(?:те)?',
  'йонизиран\\p{L}*', 'общ\\p{L}*', 'вътреклетъчн\\p{L}*',
];

/** Lookahead: magnesium follows, with at most n filler words between (see NEAR_FILLERS). */
export const mgNear = (n = 3): string => `(?=_(?:(?:${NEAR_FILLERS.join('|')})_){0,${n}}${MG})`;
export const mgNearBg = (n = 4): string => `(?=_(?:(?:${BG_NEAR_FILLERS.join('|')})_){0,${n}}магнези)`;

/** Lookahead for Bulgarian, whose particles ("на", "от") add words between head and magnesium. */
export const mgAheadBg = (n = 4): string => `(?=_${gap(n)}магнези)`;

/**
 * Other elements whose salts share names with magnesium's ("calcium citrate", "zinc oxide",
 * "nitric oxide"): a bare salt name counts as a magnesium form only when none of these precede it.
 */
const OTHER_ELEMENTS = [
  'calcium', 'kalsium', 'kalcium', 'kalzium', 'potassium', 'kalium', 'sodium', 'natrium', 'zinc',
  'sink', 'zink', 'iron', 'jern', 'järn', 'eisen', 'copper', 'kobber', 'koppar', 'kupfer',
  'alumini?um', 'ferrous', 'ferric', 'nitric', 'nitrous', 'carbon', 'nitrogen', 'titanium',
  'chromium', 'krom', 'selenium', 'selen', 'lithium', 'litium', 'ammonium', 'barium', 'strontium',
  'lauryl', 'laureth', 'chondroitin', 'glucosamine', 'hydrogen', 'lead', 'bly',
  `калциев${W}`, `калиев${W}`, `натриев${W}`, `цинков${W}`, `желез${W}`, `азот${W}`, `мед${W}`,
  `въглероден`,
];
export const NOT_AFTER_OTHER_ELEMENT = `(?<!(?<![\\p{L}\\p{N}])(?:${OTHER_ELEMENTS.join('|')}) )`;

/** Nutrients whose deficiency is not magnesium deficiency ("vitamin D deficiency", "B12-mangel"). */
const OTHER_NUTRIENTS = `(?:vitamin${W}(?: [a-zк]\\d*)?|[a-d]\\d*-?vitamin${W}|b\\d+|d\\d?|iron|jern|calcium|kalsium|zinc|sink|iodine|jod|folate|folat|folic acid|folsyre|potassium|kalium|protein|витамин${W}(?: [a-zвд]\\d*)?|желязо|калций|цинк|йод)`;
export const NOT_AFTER_NUTRIENT = `(?<!(?<![\\p{L}\\p{N}])${OTHER_NUTRIENTS}~)`;
export const NOT_BEFORE_NUTRIENT = `(?! (?:of |in |på |av |an |на |от |of the )?${OTHER_NUTRIENTS}(?![\\p{L}]))`;

/** Common Latin-script inflectional endings for bare salt names across en, nb, da, sv, de. */
export const SALT_END = '(?:e|es|s|et|er|ene|en|a|ets|erne)?';
