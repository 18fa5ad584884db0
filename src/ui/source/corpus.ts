import type { SourceId } from '../../claims/schema.ts';
import text000 from '../../../corpus/000_465aad8e3f0e76aa.txt?raw';
import text001 from '../../../corpus/001_d2989948f6cce1c0.txt?raw';
import text002 from '../../../corpus/002_1c2bfa70c31f855c.txt?raw';
import text003 from '../../../corpus/003_218cf1f8deaf40de.txt?raw';
import text004 from '../../../corpus/004_93ee198eb23e6ed1.txt?raw';

/**
 * The five source documents, whole. Imported only by the source viewer page: the texts are about
 * 50 KB that the content script (loaded into every page) must never carry.
 */
export const SOURCE_TEXTS: Readonly<Record<SourceId, string>> = {
  '000_465aad8e3f0e76aa.txt': text000,
  '001_d2989948f6cce1c0.txt': text001,
  '002_1c2bfa70c31f855c.txt': text002,
  '003_218cf1f8deaf40de.txt': text003,
  '004_93ee198eb23e6ed1.txt': text004,
};

export function sourceText(id: string): string | undefined {
  return Object.hasOwn(SOURCE_TEXTS, id) ? SOURCE_TEXTS[id as SourceId] : undefined;
}
