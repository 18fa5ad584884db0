import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/matching/sentences.ts';

const sentences = (text: string, lang?: string, useSegmenter?: boolean) =>
  splitSentences(text, lang, useSegmenter === undefined ? {} : { useSegmenter }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits prose and keeps offsets relative to the block', () => {
    const text = '  Magnesium blocks NMDA receptors. It also lowers CGRP!  Does it help? ';
    expect(sentences(text, 'en')).toEqual(['Magnesium blocks NMDA receptors.', 'It also lowers CGRP!', 'Does it help?']);
  });

  it.each([true, false])('splits Norwegian and Bulgarian (segmenter: %s)', (useSegmenter) => {
    expect(sentences('Magnesium hjelper. Migrene er vanlig.', 'nb', useSegmenter)).toEqual(['Magnesium hjelper.', 'Migrene er vanlig.']);
    expect(sentences('Магнезият помага. Мигрената е честа.', 'bg', useSegmenter)).toEqual(['Магнезият помага.', 'Мигрената е честа.']);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(sentences('Take forms e.g. Citrate daily. Done.', 'en')).toEqual(['Take forms e.g. Citrate daily.', 'Done.']);
    expect(sentences('Взаимодействие с т.нар. NMDA рецептори. Край.', 'bg')).toEqual(['Взаимодействие с т.нар. NMDA рецептори.', 'Край.']);
  });

  it('reads a wrapped line as one sentence but breaks at headings and list items', () => {
    const text = 'Magnesium is\nneeded for the\nbody.\nStudy Findings\nThe trial found a benefit.\n- First item\n- Second item';
    expect(sentences(text, 'en')).toEqual([
      'Magnesium is\nneeded for the\nbody.',
      'Study Findings',
      'The trial found a benefit.',
      '- First item',
      '- Second item',
    ]);
  });

  it('splits sentences glued by a lost space', () => {
    expect(sentences('It lasted one month.The study ended.', 'en')).toEqual(['It lasted one month.', 'The study ended.']);
  });

  it('stays fast on one very long block', () => {
    const text = 'Magnesium helps migraine. '.repeat(20_000);
    const started = performance.now();
    expect(sentences(text, 'en')).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
