import { describe, expect, it } from 'vitest';
import { format } from '../../../src/i18n/catalogue.ts';

describe('format', () => {
  it('replaces every occurrence of a placeholder', () => {
    expect(format('{n} of {n}', { n: 2 })).toBe('2 of 2');
  });
  it('leaves unknown placeholders visible', () => {
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
  it('inserts values literally, without re-reading them as templates', () => {
    expect(format('{a}', { a: '{b}' , b: 'no' })).toBe('{b}');
  });
  it('leaves a template without placeholders alone', () => {
    expect(format('plain')).toBe('plain');
  });
});
