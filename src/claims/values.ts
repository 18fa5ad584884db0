/**
 * The claim database's closed vocabularies as plain lists, free of zod: the schemas in
 * schema.ts are built from them, and code that must not load zod's full library (the content
 * script's storage and message schemas use zod/mini) builds its own schemas from the same lists.
 */

export const LANGUAGES = ['en', 'nb', 'bg'] as const;

export const SOURCE_IDS = [
  '000_465aad8e3f0e76aa.txt',
  '001_d2989948f6cce1c0.txt',
  '002_1c2bfa70c31f855c.txt',
  '003_218cf1f8deaf40de.txt',
  '004_93ee198eb23e6ed1.txt',
] as const;

export const GRADES = ['high', 'moderate', 'low', 'very-low'] as const;

export const SOURCE_KINDS = ['blog', 'commercial', 'personal-page', 'news', 'medical-article'] as const;

export const STANCES = ['supports', 'contrasts'] as const;

/** What kind of evidence a quoted passage itself reports. */
export const EVIDENCE_KINDS = ['trial', 'review', 'observational', 'mechanism', 'expert-opinion', 'anecdote', 'assertion'] as const;
