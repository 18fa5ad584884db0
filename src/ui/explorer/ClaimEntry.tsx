import type { Claim, Source, SourceId } from '../../claims/schema.ts';
import type { Translator } from '../../i18n/translate.ts';
import { EvidenceList } from '../common/EvidenceList.tsx';
import { LANGUAGE_LABEL } from '../common/labels.ts';
import { StrengthSummary } from '../common/StrengthSummary.tsx';
import { sourceViewerHref } from '../source/href.ts';
import { TOPIC_LABEL } from './labels.ts';

const sourceHref = (id: SourceId, start: number, end: number) => sourceViewerHref(id, start, end);

/** One claim: its statement in the reader's language and the other two, strength, and evidence. */
export function ClaimEntry({ t, claim, sources }: { t: Translator; claim: Claim; sources: readonly Source[] }) {
  const headingId = `claim-${claim.id}-heading`;
  const others = (['en', 'nb', 'bg'] as const).filter((lang) => lang !== t.locale);
  return (
    <article class="claim" id={`claim-${claim.id}`} aria-labelledby={headingId}>
      <h3 id={headingId} lang={t.locale}>
        {claim.statement[t.locale]}
      </h3>
      <p class="page-meta">
        <span class="mg-meta-part">{t('explorer.topicLabel', { topic: t(TOPIC_LABEL[claim.topic]) })}</span>
        <span class="mg-meta-part">{t('explorer.claimId', { id: claim.id })}</span>
      </p>
      <ul class="claim__translations" aria-label={t('explorer.otherLanguages')}>
        {others.map((lang) => (
          <li key={lang}>
            <span class="claim__language">{t(LANGUAGE_LABEL[lang])}: </span>
            <span lang={lang}>{claim.statement[lang]}</span>
          </li>
        ))}
      </ul>
      <StrengthSummary strength={claim.strength} headingLevel={4} />
      {/* Not a labelled region: 115 "Evidence" landmarks would drown the page's real ones. */}
      <div class="claim__evidence">
        <EvidenceList evidence={claim.evidence} sources={sources} sourceHref={sourceHref} headingLevel={4} />
      </div>
    </article>
  );
}
