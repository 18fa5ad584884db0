// Shared pieces for the hover card, the popup and the evidence pages. Pair them with common.css
// inside an element with class `mg-ui` (see that file for the theme attributes).
export { ContestedMarker } from './ContestedMarker.tsx';
export { EvidenceItem } from './EvidenceItem.tsx';
export { EvidenceList } from './EvidenceList.tsx';
export { GradeIcon } from './GradeIcon.tsx';
export { Heading, type HeadingLevel } from './Heading.tsx';
export { ContestedIcon, DeniesIcon, HedgedIcon, StanceIcon } from './icons.tsx';
export { EVIDENCE_KIND_LABEL, GRADE_LABEL, LANGUAGE_LABEL, SOURCE_KIND_LABEL, STANCE_LABEL } from './labels.ts';
export { StanceLabel } from './StanceLabel.tsx';
export { StrengthBadge } from './StrengthBadge.tsx';
export { StrengthCounts } from './StrengthCounts.tsx';
export { StrengthSummary } from './StrengthSummary.tsx';
export { TranslatorContext, useTranslator } from './translator-context.ts';
export type * from './types.ts';
