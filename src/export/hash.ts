/**
 * A short, stable hex digest (two 32-bit FNV-1a passes with different seeds). Exports use it to
 * give annotations identifiers that are the same every time the same page is exported, without
 * reaching for `crypto` (async in browsers) or randomness (which would make exports untestable).
 */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
