import { useEffect, useRef } from 'preact/hooks';
import { useTranslator } from '../common/translator-context.ts';
import type { Passage } from './request.ts';
import { segmentText, type QuotedPassage, type Segment } from './segments.ts';

/**
 * A whole source document as text. Every run is a Preact string child, i.e. a DOM text node: the
 * sources contain markup-like text and a scam link, and nothing in them may become an element,
 * least of all a link. Quoted passages become <mark>s we create; the requested passage is wrapped
 * once more so it can be scrolled to and focused.
 */
function Run({ text, segment }: { text: string; segment: Segment }) {
  const t = useTranslator();
  const slice = text.slice(segment.start, segment.end);
  if (segment.claimIds.length === 0) return <>{slice}</>;
  return (
    <mark class="source-quote" data-claims={segment.claimIds.join(' ')} title={t('explorer.quotedFor', { claims: segment.claimIds.join(', ') })}>
      {slice}
    </mark>
  );
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function SourceText({
  text,
  quoted,
  requested,
  lang,
}: {
  text: string;
  quoted: readonly QuotedPassage[];
  requested?: Passage;
  lang: string;
}) {
  const t = useTranslator();
  const target = useRef<HTMLSpanElement>(null);
  const segments = segmentText(text.length, quoted, requested);
  const before = segments.filter((s) => !s.requested && s.start < (requested?.start ?? Infinity));
  const inside = segments.filter((s) => s.requested);
  const after = segments.filter((s) => !s.requested && s.start >= (requested?.end ?? Infinity));

  useEffect(() => {
    const el = target.current;
    if (!el) return;
    // Focus first without scrolling, then scroll once: screen readers start reading at the passage.
    el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [requested?.start, requested?.end]);

  return (
    <div class="source-text" lang={lang}>
      {before.map((s) => (
        <Run key={s.start} text={text} segment={s} />
      ))}
      {inside.length > 0 && (
        <span class="source-requested" id="requested-passage" tabIndex={-1} ref={target}>
          <span class="mg-sr-only">{t('explorer.passageStart')}</span>
          {inside.map((s) => (
            <Run key={s.start} text={text} segment={s} />
          ))}
          <span class="mg-sr-only">{t('explorer.passageEnd')}</span>
        </span>
      )}
      {after.map((s) => (
        <Run key={s.start} text={text} segment={s} />
      ))}
    </div>
  );
}
