import { describe, expect, it } from 'vitest';
import { fixLookalikes } from '../../../src/lexicon/lookalikes.ts';
import { normalise, toOriginalRange } from '../../../src/lexicon/normalise.ts';

/** The original text under a range of the normalised text. */
function original(input: string, start: number, end: number): string {
  const [s, e] = toOriginalRange(normalise(input), start, end);
  return input.slice(s, e);
}

describe('normalise', () => {
  it('applies NFKC and lower case', () => {
    expect(normalise('ＭＡＧＮＥＳＩＵＭ').text).toBe('magnesium');
    expect(normalise('ﬁbromyalgia').text).toBe('fibromyalgia');
    expect(normalise('Мигрена').text).toBe('мигрена');
  });

  it('composes a letter with its combining mark', () => {
    const input = 'pre\u0301ventive';
    expect(normalise(input).text).toBe('préventive');
    expect(original(input, 2, 3)).toBe('e\u0301');
  });

  it('drops soft hyphens and zero-width characters, keeping offsets into the original', () => {
    const input = 'Take Magne\u00ADsium and mig\u200Braine';
    const norm = normalise(input);
    expect(norm.text).toBe('take magnesium and migraine');
    const at = norm.text.indexOf('magnesium');
    expect(original(input, at, at + 'magnesium'.length)).toBe('Magne\u00ADsium');
    const m = norm.text.indexOf('migraine');
    expect(original(input, m, m + 'migraine'.length)).toBe('mig\u200Braine');
  });

  it('unifies hyphen and apostrophe variants', () => {
    expect(normalise('NMDA\u2011reseptor').text).toBe('nmda-reseptor');
    expect(normalise('Alzheimer\u2019s').text).toBe("alzheimer's");
  });

  it('reads Cyrillic and Greek look-alikes inside a Latin word as the Latin letters', () => {
    expect(normalise('m\u0430gnesium').text).toBe('magnesium');
    expect(normalise('Mαgnesium').text).toBe('magnesium');
    expect(normalise('\u041dallo').text).toBe('hallo');
    expect(fixLookalikes('sр\u0435\u0455\u0456fikke')).toBe('spesifikke');
  });

  it('reads Latin look-alikes inside a Cyrillic word as the Cyrillic letters', () => {
    expect(normalise('магнeзий').text).toBe('магнезий');
    expect(normalise('мигрeнa').text).toBe('мигрена');
  });

  it('leaves genuine mixed tokens and single-script words alone', () => {
    expect(fixLookalikes('NMDA-рецептори')).toBe('NMDA-рецептори');
    expect(fixLookalikes('magnesium and магнезий')).toBe('magnesium and магнезий');
  });

  it('maps every normalised character to a non-decreasing original position', () => {
    const input = 'A\u00ADB\u200BＣé\u0301x İy';
    const norm = normalise(input);
    for (let i = 1; i < norm.text.length; i++) expect(norm.starts[i]!).toBeGreaterThanOrEqual(norm.starts[i - 1]!);
    expect(norm.ends[norm.text.length - 1]).toBe(input.length);
  });

  it('handles a lower-case expansion (İ) without losing alignment', () => {
    const input = 'İstanbul magnesium';
    const norm = normalise(input);
    const at = norm.text.indexOf('magnesium');
    expect(original(input, at, at + 9)).toBe('magnesium');
  });
});
