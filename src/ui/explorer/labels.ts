import type { Topic } from '../../claims/schema.ts';
import type { MessageKey } from '../../i18n/translate.ts';

// A total record: a new topic in the schema fails type checking here until it has a word.
export const TOPIC_LABEL: Record<Topic, MessageKey> = {
  efficacy: 'explorer.topicEfficacy',
  mechanism: 'explorer.topicMechanism',
  forms: 'explorer.topicForms',
  dose: 'explorer.topicDose',
  testing: 'explorer.topicTesting',
  'side-effects': 'explorer.topicSideEffects',
  safety: 'explorer.topicSafety',
  foods: 'explorer.topicFoods',
  'related-conditions': 'explorer.topicRelatedConditions',
  background: 'explorer.topicBackground',
};
