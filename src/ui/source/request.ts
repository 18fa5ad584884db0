/**
 * Reads `source.html?id=<source file name>&start=<n>&end=<n>`. The query comes from a link, which
 * anyone can write, so every part is checked against the bundled texts before it is used, and a
 * bad passage still shows the document (with a message) rather than nothing.
 */
export interface Passage {
  readonly start: number;
  readonly end: number;
}

export type RangeProblem =
  | { readonly kind: 'bad-range'; readonly start: string; readonly end: string }
  | { readonly kind: 'out-of-range'; readonly start: number; readonly end: number; readonly length: number };

export type SourceRequest =
  | { readonly kind: 'index' }
  | { readonly kind: 'unknown-source'; readonly id: string }
  | { readonly kind: 'document'; readonly id: string; readonly passage?: Passage; readonly problem?: RangeProblem };

const WHOLE_NUMBER = /^\d{1,9}$/;
/** Echoed values are shown in a message; a long query must not flood the page. */
const MAX_ECHO = 60;

function echo(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

export function readSourceRequest(search: string, textLength: (id: string) => number | undefined): SourceRequest {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  if (id === null || id === '') return { kind: 'index' };
  const length = textLength(id);
  // A lookup in a plain object answers `__proto__` with an object; only a number is a text.
  if (typeof length !== 'number') return { kind: 'unknown-source', id: echo(id) };

  const rawStart = params.get('start');
  const rawEnd = params.get('end');
  if (rawStart === null && rawEnd === null) return { kind: 'document', id };
  if (rawStart === null || rawEnd === null || !WHOLE_NUMBER.test(rawStart) || !WHOLE_NUMBER.test(rawEnd)) {
    return { kind: 'document', id, problem: { kind: 'bad-range', start: echo(rawStart ?? ''), end: echo(rawEnd ?? '') } };
  }
  const start = Number(rawStart);
  const end = Number(rawEnd);
  if (start >= end) return { kind: 'document', id, problem: { kind: 'bad-range', start: rawStart, end: rawEnd } };
  if (end > length) return { kind: 'document', id, problem: { kind: 'out-of-range', start, end, length } };
  return { kind: 'document', id, passage: { start, end } };
}
