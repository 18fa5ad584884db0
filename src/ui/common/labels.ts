import type { Grade, Language } from '../../claims/schema.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { EvidenceKind, SourceKind, Stance } from './types.ts';

// Typed as total records: a new enum value in the schema fails type checking here until it has a word.

export const GRADE_LABEL: Record<Grade, MessageKey> = {
  high: 'common.gradeHigh',
  moderate: 'common.gradeModerate',
  low: 'common.gradeLow',
  'very-low': 'common.gradeVeryLow',
};

export const STANCE_LABEL: Record<Stance, MessageKey> = {
  supports: 'common.stanceSupports',
  contrasts: 'common.stanceContrasts',
};

export const EVIDENCE_KIND_LABEL: Record<EvidenceKind, MessageKey> = {
  trial: 'common.evidenceTrial',
  review: 'common.evidenceReview',
  observational: 'common.evidenceObservational',
  mechanism: 'common.evidenceMechanism',
  'expert-opinion': 'common.evidenceExpertOpinion',
  anecdote: 'common.evidenceAnecdote',
  assertion: 'common.evidenceAssertion',
};

export const SOURCE_KIND_LABEL: Record<SourceKind, MessageKey> = {
  blog: 'common.sourceBlog',
  commercial: 'common.sourceCommercial',
  'personal-page': 'common.sourcePersonalPage',
  news: 'common.sourceNews',
  'medical-article': 'common.sourceMedicalArticle',
};

export const LANGUAGE_LABEL: Record<Language, MessageKey> = {
  en: 'common.languageEn',
  nb: 'common.languageNb',
  bg: 'common.languageBg',
};
