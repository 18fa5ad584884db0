import commonBg from '../i18n/catalogues/common/bg.ts';
import commonEn from '../i18n/catalogues/common/en.ts';
import commonNb from '../i18n/catalogues/common/nb.ts';
import exportBg from '../i18n/catalogues/export/bg.ts';
import exportEn from '../i18n/catalogues/export/en.ts';
import exportNb from '../i18n/catalogues/export/nb.ts';
import { format } from '../i18n/catalogue.ts';
import type { UiLocale } from '../i18n/locale.ts';
import type { EvidenceKind, Grade, Stance } from '../claims/schema.ts';

/**
 * The words the human-readable exports add, read straight from the catalogues so the export core
 * stays free of the UI's translator and runs the same in Node (`scan`) as in the popup.
 */
const EXPORT = { en: exportEn, nb: exportNb, bg: exportBg };
const COMMON = { en: commonEn, nb: commonNb, bg: commonBg };

const GRADE_KEY = {
  high: 'gradeHigh',
  moderate: 'gradeModerate',
  low: 'gradeLow',
  'very-low': 'gradeVeryLow',
} as const satisfies Record<Grade, keyof typeof commonEn>;

const STANCE_KEY = {
  supports: 'stanceSupports',
  contrasts: 'stanceContrasts',
} as const satisfies Record<Stance, keyof typeof commonEn>;

const EVIDENCE_KEY = {
  trial: 'evidenceTrial',
  review: 'evidenceReview',
  observational: 'evidenceObservational',
  mechanism: 'evidenceMechanism',
  'expert-opinion': 'evidenceExpertOpinion',
  anecdote: 'evidenceAnecdote',
  assertion: 'evidenceAssertion',
} as const satisfies Record<EvidenceKind, keyof typeof commonEn>;

export interface ExportLabels {
  readonly locale: UiLocale;
  text(key: keyof typeof exportEn, values?: Record<string, string | number>): string;
  count(key: 'pages' | 'sentences', count: number): string;
  grade(grade: Grade): string;
  stance(stance: Stance): string;
  evidenceKind(kind: EvidenceKind): string;
  strengthPrefix: string;
  contested: string;
  noEvidence: string;
}

export function exportLabels(locale: UiLocale = 'en'): ExportLabels {
  const words = EXPORT[locale];
  const common = COMMON[locale];
  const plural = new Intl.PluralRules(locale);
  return {
    locale,
    text: (key, values) => format(words[key], values),
    count: (key, count) => {
      const form = plural.select(count) === 'one' ? (`${key}One` as const) : (`${key}Other` as const);
      return format(words[form], { count });
    },
    grade: (grade) => common[GRADE_KEY[grade]],
    stance: (stance) => common[STANCE_KEY[stance]],
    evidenceKind: (kind) => common[EVIDENCE_KEY[kind]],
    strengthPrefix: common.strengthPrefix,
    contested: common.contested,
    noEvidence: common.noEvidence,
  };
}
