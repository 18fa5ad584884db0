import type { SourceTexts } from './sources.ts';
import type { ClaimDatabase, SourceId } from './schema.ts';

/**
 * The coverage report: corpus sentences that mention magnesium together with a health concept
 * but back no claim, so curation gaps are visible. It uses its own small word lists rather than
 * the matcher's lexicon on purpose: it audits the curation, and must not inherit the lexicon's
 * blind spots. Reader comments, bare links, questions and headings of under four words are not
 * propositions and are skipped.
 */

const MAGNESIUM = /magnes|магнез|магнези|\bMg\b/iu;

/** Stems in en, nb and bg for the health concepts the corpus discusses. */
const HEALTH = new RegExp(
  [
    'migr[ae]n|мигрен|headache|hodepine|главобол|aura|аура',
    'pain|smert|болк|fibromyalg|фибромиалг|\\bFMS\\b|myofascial|neuropath|невропат',
    'sleep|søvn|сън|fatigue|tretthet|умора|stress|стрес|anxiety|angst|тревожн|depress|депрес',
    'epilep|епилеп|seizure|припад|spasm|спазм|tics\\b|twitch|cramp|kramp|eclamps|еклампс',
    'alzheim|алцхайм|parkins|паркинс|hangover|asthma|osteopor|bone|insulin|инсулин|mitral',
    'deficien|mangel|lack of|low (?:magnesium|levels)|lave|for lite|ниско|ниски|по-ниски|хипомагнез|depletion',
    'absor|assimil|tas (?:dårlig )?opp|opptak|bioavailab|solub|усвоя',
    '\\bdoses?\\b|dosage|\\bRDA\\b|\\d+ ?mg\\b|daglig|дози',
    'side effect|bivirkning|странич|diarr|diaré|avføring|laxative|nausea|kvalme|гадене|stomach|gastro',
    'toxic|overdose|kidney|nyre|бъбре|interact|medication|medicine|doctor|lege',
    'nmda|glutamat|глутамат|serotonin|серотонин|cgrp|substans p|substance p|nitrogenmonoksid|nitric',
    'calcium|kalsium|калци|acetylcholine|noradrenaline|adrenaline|cytokine|inflamm|възпал',
    'nerv|нерв|brain|hjerne|мозък|мозъч|neuron|неврон|excit|overaktiv|възбуд|enzym|ензим|\\bATP\\b|mitochond|митохонд',
    'muscle|muskel|мускул|blood|blod|кръв|serum|plasma|плазм|urin|hair|cerebrospinal|цереброспин',
    'food|diet|kosthold|foods|phytic|fructose|phosphate|alcohol|vitamin',
  ].join('|'),
  'iu',
);

export interface CorpusSentence {
  source: SourceId;
  start: number;
  end: number;
  text: string;
}

export interface CoverageReport {
  /** Sentences mentioning magnesium and a health concept, outside reader comments. */
  candidates: number;
  covered: number;
  uncovered: CorpusSentence[];
}

/**
 * Sentence spans of a text. A line break ends a sentence unless the text is hard-wrapped; a blank
 * line always does. Good enough for a curation report, not for the matcher.
 */
export function sentenceSpans(text: string, hardWrapped: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // In wrapped text a bare link sits on a line of its own; the line breaks around it end sentences.
  const boundary = hardWrapped
    ? /[.!?:…]+["”»)]*(?=\s)|\n\s*\n|\n(?=https?:\/\/)|(?<=^https?:\/\/\S*)\n/gmu
    : /[.!?:…]+["”»)]*(?=\s)|\n/gu;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) spans.push([from + lead, from + lead + body.length]);
  };
  for (const m of text.matchAll(boundary)) {
    const to = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    push(to);
    from = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}

export function coverageReport(
  db: Pick<ClaimDatabase, 'sources' | 'claims'>,
  texts: SourceTexts,
): CoverageReport {
  const backed = new Map<string, Array<[number, number]>>();
  for (const claim of db.claims) {
    for (const e of claim.evidence) {
      const list = backed.get(e.source) ?? [];
      list.push([e.start, e.end]);
      backed.set(e.source, list);
    }
  }
  let candidates = 0;
  let covered = 0;
  const uncovered: CorpusSentence[] = [];
  for (const source of db.sources) {
    const text = texts[source.id];
    const limit = source.commentsStart ?? text.length;
    for (const [start, end] of sentenceSpans(text, source.hardWrapped ?? false)) {
      if (start >= limit) break;
      const sentence = text.slice(start, end).replace(/\s+/gu, ' ');
      // Links, questions and headings of a few words state nothing to check.
      if (/^(?:https?:\/\/\S+\s*)+$/u.test(sentence)) continue;
      if (sentence.endsWith('?') || sentence.split(' ').length < 4) continue;
      if (!MAGNESIUM.test(sentence) || !HEALTH.test(sentence)) continue;
      candidates++;
      const spans = backed.get(source.id) ?? [];
      if (spans.some(([s, e]) => s < end && e > start)) covered++;
      else uncovered.push({ source: source.id, start, end, text: sentence });
    }
  }
  return { candidates, covered, uncovered };
}
