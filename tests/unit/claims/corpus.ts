import { readFileSync } from 'node:fs';
import { SOURCE_IDS, type SourceId } from '../../../src/claims/schema.ts';
import type { SourceTexts } from '../../../src/claims/sources.ts';

/** The real corpus, read once per test file. */
export const CORPUS: SourceTexts = Object.fromEntries(
  SOURCE_IDS.map((id) => [id, readFileSync(new URL(`../../../corpus/${id}`, import.meta.url), 'utf8')]),
) as Record<SourceId, string>;
