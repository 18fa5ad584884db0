import type { PageMatch } from '../../../src/settings/page-state.ts';

/** A valid highlighted sentence; tests override what they are about. */
export function match(patch: Partial<PageMatch> = {}): PageMatch {
  return {
    id: 'm1',
    claimId: 'magnesium-prevents-migraine',
    statement: {
      en: 'Magnesium can help prevent migraine.',
      nb: 'Magnesium kan bidra til å forebygge migrene.',
      bg: 'Магнезият може да помогне за предотвратяване на мигрена.',
    },
    grade: 'moderate',
    polarity: 'affirms',
    sentence: 'Taking magnesium daily may reduce migraine attacks.',
    start: 120,
    end: 171,
    prefix: 'the article says. ',
    suffix: ' Ask your doctor',
    ...patch,
  };
}
