import { HedgedIcon } from './icons.tsx';
import { EVIDENCE_KIND_LABEL, LANGUAGE_LABEL, SOURCE_KIND_LABEL } from './labels.ts';
import { StanceLabel } from './StanceLabel.tsx';
import type { EvidenceView, OpenSource, SourceView } from './types.ts';
import { useTranslator } from './translator-context.ts';

/**
 * One quoted passage. The quote and the source title are text children only: they come from
 * documents we do not control (one contains a scam link), so nothing in them is ever parsed as
 * markup or made clickable. The only link is the extension's own source viewer.
 */
export function EvidenceItem({
  evidence,
  source,
  href,
  onOpen,
}: {
  evidence: EvidenceView;
  /** Undefined when the database names a source the caller did not pass; shown by its id. */
  source: SourceView | undefined;
  href: string;
  onOpen?: OpenSource;
}) {
  const t = useTranslator();
  const title = source?.title ?? t('common.unknownSource', { id: evidence.source });
  const meta = source
    ? [t(LANGUAGE_LABEL[source.language]), t(SOURCE_KIND_LABEL[source.kind]), source.year?.toString()]
    : [];

  const open = (event: MouseEvent) => {
    // Modified clicks keep the browser's own meaning (new tab, copy link, …).
    if (!onOpen || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(evidence.source, evidence.start, evidence.end);
  };

  return (
    <li class="mg-evidence" data-stance={evidence.stance} data-hedged={evidence.hedged ? 'true' : undefined}>
      <p class="mg-evidence__source">
        <cite lang={source?.language}>{title}</cite>
      </p>
      {meta.length > 0 && (
        <p class="mg-evidence__meta">
          {meta
            .filter((part): part is string => part !== undefined)
            .map((part, i) => (
              // Separators are text, so the parts never run together when read or copied.
              <span class="mg-meta-part" key={part}>
                {i > 0 && ' · '}
                {part}
              </span>
            ))}
        </p>
      )}
      <p class="mg-evidence__tags">
        <StanceLabel stance={evidence.stance} />
        <span class="mg-tag">{t(EVIDENCE_KIND_LABEL[evidence.kind])}</span>
        {evidence.hedged && (
          <span class="mg-tag mg-tag--hedged" title={t('common.hedgedExplain')}>
            <HedgedIcon />
            <span>{t('common.hedged')}</span>
          </span>
        )}
      </p>
      <blockquote class="mg-quote" lang={source?.language}>
        {evidence.quote}
      </blockquote>
      <a class="mg-link" href={href} target="_blank" rel="noopener noreferrer" onClick={open}>
        {t('common.openPassage')}
        <span class="mg-sr-only">{` ${t('common.openPassageSource', { title })}`}</span>
      </a>
    </li>
  );
}
