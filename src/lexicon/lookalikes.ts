/**
 * Letters from another script that look like Latin or Cyrillic letters. Spam and evasive pages mix
 * them into words ("mаgnesium" with a Cyrillic "а"); the matcher must read such a word as the word
 * it imitates. Only one-to-one BMP mappings, so offsets stay aligned.
 */

/** Cyrillic and Greek letters that imitate a Latin letter (both cases, as written in the page). */
const TO_LATIN: Record<string, string> = {
  // Cyrillic, lower case
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h',
  ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ѵ: 'v', ү: 'y', к: 'k',
  // Cyrillic, upper case
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S', Һ: 'H', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', ϳ: 'j', υ: 'u', τ: 't',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P',
  Τ: 'T', Υ: 'Y', Χ: 'X', Ϳ: 'J',
};

/** Latin letters that imitate a Cyrillic letter (for Latin letters smuggled into Cyrillic words). */
const TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};

const LATIN = /\p{Script=Latin}/u;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const MIXED_HINT_LATIN = /[A-Za-z]/;
const MIXED_HINT_FOREIGN = /[\u0370-\u03FF\u0400-\u052F]/;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Rewrites every mixed-script word to the script it most plausibly belongs to. A word is rewritten
 * only when all its letters from the minority script are look-alikes, so genuine mixed tokens
 * (a Cyrillic word glued to a Latin one) stay as they are. Output has the same length as input.
 */
export function fixLookalikes(text: string): string {
  // Fast exit: most texts are single-script, and then nothing can be a look-alike.
  if (!MIXED_HINT_LATIN.test(text) || !MIXED_HINT_FOREIGN.test(text)) return text;
  return text.replace(WORD, fixWord);
}

function fixWord(word: string): string {
  let latin = 0;
  let latinDistinct = 0;
  let foreign = 0;
  let foreignDistinct = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (LATIN.test(ch)) {
      latin++;
      if (!(ch in TO_CYRILLIC)) latinDistinct++;
    } else if (FOREIGN.test(ch)) {
      foreign++;
      if (CYRILLIC.test(ch)) cyrillic++;
      if (!(ch in TO_LATIN)) foreignDistinct++;
    }
  }
  if (latin === 0 || foreign === 0) return word;
  if (foreignDistinct === 0 && (latinDistinct > 0 || latin >= foreign)) {
    return mapChars(word, TO_LATIN);
  }
  if (latinDistinct === 0 && cyrillic > 0 && foreignDistinct > 0) {
    return mapChars(word, TO_CYRILLIC);
  }
  return word;
}

function mapChars(word: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}
