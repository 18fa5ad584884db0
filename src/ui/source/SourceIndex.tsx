import type { Source } from '../../claims/schema.ts';
import { LANGUAGE_LABEL, SOURCE_KIND_LABEL } from '../common/labels.ts';
import { useTranslator } from '../common/translator-context.ts';
import { sourceViewerHref } from './href.ts';

/** The list of source documents: shown when no document, or an unknown one, was asked for. */
export function SourceIndex({ sources, headingLevel }: { sources: readonly Source[]; headingLevel: 1 | 2 }) {
  const t = useTranslator();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby="source-index-heading">
      <Heading id="source-index-heading">{t('explorer.sourceIndexHeading')}</Heading>
      <p>{t('explorer.sourceIndexIntro')}</p>
      <ul class="source-index">
        {sources.map((source) => (
          <li key={source.id}>
            <a class="mg-link" href={sourceViewerHref(source.id)} lang={source.language}>
              {source.title}
            </a>
            <span class="page-meta">
              {' '}
              ({t(LANGUAGE_LABEL[source.language])}, {t(SOURCE_KIND_LABEL[source.kind])})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
