import { describe, expect, it } from 'vitest';
import { sourceViewerHref } from '../../../../src/ui/source/href.ts';
import { readSourceRequest } from '../../../../src/ui/source/request.ts';

const lengths: Record<string, number> = { 'a.txt': 100 };
const len = (id: string) => lengths[id];

describe('source viewer address', () => {
  it('shows the index without an id', () => {
    expect(readSourceRequest('', len)).toEqual({ kind: 'index' });
    expect(readSourceRequest('?id=', len)).toEqual({ kind: 'index' });
  });
  it('rejects an unknown id, echoing a bounded copy of it', () => {
    expect(readSourceRequest('?id=../../etc/passwd', len)).toEqual({ kind: 'unknown-source', id: '../../etc/passwd' });
    expect(readSourceRequest('?id=__proto__', len)).toEqual({ kind: 'unknown-source', id: '__proto__' });
    const long = readSourceRequest(`?id=${'x'.repeat(500)}`, len);
    expect(long.kind === 'unknown-source' && long.id.length).toBe(61);
  });
  it('opens a document whole, or at a passage', () => {
    expect(readSourceRequest('?id=a.txt', len)).toEqual({ kind: 'document', id: 'a.txt' });
    expect(readSourceRequest('?id=a.txt&start=10&end=20', len)).toEqual({ kind: 'document', id: 'a.txt', passage: { start: 10, end: 20 } });
    expect(readSourceRequest('?id=a.txt&start=0&end=100', len)).toMatchObject({ passage: { start: 0, end: 100 } });
  });
  it.each([
    ['start=10', '10', ''],
    ['start=x&end=20', 'x', '20'],
    ['start=-1&end=20', '-1', '20'],
    ['start=1.5&end=20', '1.5', '20'],
    ['start=20&end=20', '20', '20'],
    ['start=30&end=20', '30', '20'],
    ['start=1e3&end=2e3', '1e3', '2e3'],
  ])('reports a bad passage (%s) and still shows the document', (query, start, end) => {
    expect(readSourceRequest(`?id=a.txt&${query}`, len)).toEqual({
      kind: 'document',
      id: 'a.txt',
      problem: { kind: 'bad-range', start, end },
    });
  });
  it('reports a passage beyond the end of the text', () => {
    expect(readSourceRequest('?id=a.txt&start=90&end=101', len)).toEqual({
      kind: 'document',
      id: 'a.txt',
      problem: { kind: 'out-of-range', start: 90, end: 101, length: 100 },
    });
  });
  it('builds the addresses it reads', () => {
    expect(sourceViewerHref('000_465aad8e3f0e76aa.txt', 5, 9)).toBe('source.html?id=000_465aad8e3f0e76aa.txt&start=5&end=9');
    expect(sourceViewerHref('a b&c.txt')).toBe('source.html?id=a+b%26c.txt');
    expect(readSourceRequest(sourceViewerHref('a.txt', 1, 2).slice('source.html'.length), len)).toMatchObject({ passage: { start: 1, end: 2 } });
    expect(sourceViewerHref('x.txt', 1, 2, 'chrome-extension://abc/source.html')).toBe('chrome-extension://abc/source.html?id=x.txt&start=1&end=2');
  });
});
