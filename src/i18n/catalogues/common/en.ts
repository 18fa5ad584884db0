/**
 * Words shared by every surface that shows claims: the hover card, the popup, the evidence pages.
 * Keys name the thing, not the place it appears, so the same word is never translated twice.
 */
const en = {
  strengthHeading: 'Strength of evidence',
  // Read before the grade word by screen readers, so "Low" is never heard without context.
  strengthPrefix: 'Strength of evidence:',
  gradeHigh: 'High',
  gradeModerate: 'Moderate',
  gradeLow: 'Low',
  gradeVeryLow: 'Very low',
  contested: 'Contested',
  contestedExplain: 'The sources disagree about this claim.',
  stanceSupports: 'Supports',
  stanceContrasts: 'Contrasts',
  supportingHeading: 'Sources that support it',
  contrastingHeading: 'Sources that contrast with it',
  countSupportingOne: '{count} supporting source',
  countSupportingOther: '{count} supporting sources',
  countContrastingOne: '{count} contrasting source',
  countContrastingOther: '{count} contrasting sources',
  inLanguagesOne: 'in {count} language',
  inLanguagesOther: 'in {count} languages',
  evidenceTrial: 'Clinical trial',
  evidenceReview: 'Review',
  evidenceObservational: 'Observational study',
  evidenceMechanism: 'Mechanism',
  evidenceExpertOpinion: 'Expert opinion',
  evidenceAnecdote: 'Anecdote',
  evidenceAssertion: 'Unreferenced assertion',
  sourceBlog: 'Blog',
  sourceCommercial: 'Commercial site',
  sourcePersonalPage: 'Personal page',
  sourceNews: 'News article',
  sourceMedicalArticle: 'Medical article',
  languageEn: 'English',
  languageNb: 'Norwegian',
  languageBg: 'Bulgarian',
  hedged: 'Hedged wording',
  hedgedExplain: 'The source itself says this cautiously ("may", "probably").',
  openPassage: 'Show passage',
  // Read after the link text by screen readers, so a list of identical links can be told apart.
  openPassageSource: 'in “{title}”',
  noEvidence: 'No quoted evidence.',
  unknownSource: 'Unknown source ({id})',
};

export default en;
