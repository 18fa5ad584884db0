// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Grade } from '../../../src/claims/schema.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import { GradeIcon, StanceLabel, StrengthBadge, TranslatorContext } from '../../../src/ui/common/index.ts';
import { mount, text } from './render.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const GRADES: Grade[] = ['high', 'moderate', 'low', 'very-low'];

describe('GradeIcon', () => {
  it('draws a different pattern for each grade, so colour is never the only signal', () => {
    const patterns = GRADES.map((grade) => {
      const { container, unmount } = mount(<GradeIcon grade={grade} />);
      const pattern = [...container.querySelectorAll('circle')].map((c) => c.getAttribute('fill')).join(',');
      expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
      unmount();
      return pattern;
    });
    expect(new Set(patterns).size).toBe(4);
    expect(patterns[0]).toBe('currentColor,currentColor,currentColor');
    expect(patterns[3]).toBe('none,none,none');
  });
});

describe('StrengthBadge', () => {
  it.each([
    ['en', ['High', 'Moderate', 'Low', 'Very low']],
    ['nb', ['Høy', 'Moderat', 'Lav', 'Svært lav']],
    ['bg', ['Висока', 'Умерена', 'Ниска', 'Много ниска']],
  ] as const)('writes the grade as a word in %s', (locale, words) => {
    const { container, unmount } = mount(
      <TranslatorContext.Provider value={createTranslator(locale)}>
        {GRADES.map((grade) => (
          <StrengthBadge grade={grade} key={grade} />
        ))}
      </TranslatorContext.Provider>,
    );
    cleanup = unmount;
    expect([...container.querySelectorAll('.mg-badge__word')].map(text)).toEqual(words);
    expect([...container.querySelectorAll('.mg-badge')].map((b) => b.getAttribute('data-grade'))).toEqual(GRADES);
  });

  it('defaults to English outside a translator provider', () => {
    const { container, unmount } = mount(<StrengthBadge grade="very-low" />);
    cleanup = unmount;
    expect(text(container)).toBe('Strength of evidence: Very low');
  });
});

describe('StanceLabel', () => {
  it('pairs a distinct icon with the stance word', () => {
    const { container, unmount } = mount(
      <TranslatorContext.Provider value={createTranslator('bg')}>
        <StanceLabel stance="supports" />
        <StanceLabel stance="contrasts" />
      </TranslatorContext.Provider>,
    );
    cleanup = unmount;
    const labels = [...container.querySelectorAll('.mg-stance')];
    expect(labels.map(text)).toEqual(['Подкрепя', 'Противоречи']);
    const shapes = labels.map((l) => l.querySelectorAll('path').length);
    expect(shapes[0]).not.toBe(shapes[1]);
  });
});
