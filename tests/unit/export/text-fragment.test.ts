import { describe, expect, it } from 'vitest';
import { encodeFragmentValue, fragmentLink, safePageHref, textDirective } from '../../../src/export/text-fragment.ts';

describe('text fragments', () => {
  it('percent-encodes the characters the directive syntax uses, and spaces', () => {
    expect(encodeFragmentValue('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
    expect(encodeFragmentValue("(x)!*'~")).toBe('%28x%29%21%2A%27%7E');
    expect(encodeFragmentValue('#:~:')).toBe('%23%3A%7E%3A');
  });

  it('encodes Cyrillic and Norwegian letters as UTF-8', () => {
    expect(encodeFragmentValue('Мг')).toBe('%D0%9C%D0%B3');
    expect(encodeFragmentValue('bør')).toBe('b%C3%B8r');
  });

  it('survives a lone surrogate instead of throwing', () => {
    expect(encodeFragmentValue('a\ud800b')).toBe('a%EF%BF%BDb');
  });

  it('uses the exact sentence for short sentences, whitespace folded', () => {
    expect(textDirective('Magnesium  blocks\nNMDA-receptors.')).toBe('text=Magnesium%20blocks%20NMDA%2Dreceptors.');
  });

  it('uses textStart,textEnd for long sentences', () => {
    const long =
      'Magnesium is a vital mineral that plays a role in hundreds of bodily processes, including nerve function, muscle contraction, and blood vessel tone.';
    expect(textDirective(long)).toBe('text=Magnesium%20is%20a%20vital,and%20blood%20vessel%20tone.');
  });

  it('links to the page, keeping its own fragment and dropping an old directive', () => {
    expect(fragmentLink('https://example.org/a', 'Hi there.')).toBe('https://example.org/a#:~:text=Hi%20there.');
    expect(fragmentLink('https://example.org/a#sec', 'Hi.')).toBe('https://example.org/a#sec:~:text=Hi.');
    expect(fragmentLink('https://example.org/a#:~:text=old', 'Hi.')).toBe('https://example.org/a#:~:text=Hi.');
  });

  it('links a local file, as scan exports one', () => {
    expect(fragmentLink('file:///home/me/saved%20page.html', 'Hi.')).toBe('file:///home/me/saved%20page.html#:~:text=Hi.');
  });

  it('never links anything but http(s) and files, and encodes parentheses and spaces in the page URL', () => {
    expect(safePageHref('javascript:alert(1)')).toBeUndefined();
    expect(safePageHref('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safePageHref('not a url')).toBeUndefined();
    expect(safePageHref('chrome-extension://abc/explorer.html')).toBeUndefined();
    expect(safePageHref('vbscript:msgbox')).toBeUndefined();
    expect(fragmentLink('javascript:alert(1)', 'Hi.')).toBeUndefined();
    expect(safePageHref('https://example.org/a b/(c)?q=<x>')).toBe('https://example.org/a%20b/%28c%29?q=%3Cx%3E');
  });
});
