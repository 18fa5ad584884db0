import type { ClaimDatabase, Source } from '../../claims/schema.ts';
import { LANGUAGE_LABEL, SOURCE_KIND_LABEL } from '../common/labels.ts';
import { useTranslator } from '../common/translator-context.ts';
import { PassageList } from './PassageList.tsx';
import { quotedPassages } from './passages.ts';
import type { Passage, RangeProblem } from './request.ts';
import { SourceText } from './SourceText.tsx';

function Problem({ problem }: { problem: RangeProblem }) {
  const t = useTranslator();
  const message =
    problem.kind === 'bad-range'
      ? t('explorer.errorBadRange', { start: problem.start, end: problem.end })
      : t('explorer.errorOutOfRange', { start: problem.start, end: problem.end, length: problem.length });
  return (
    <p class="page-alert" role="alert">
      {message}
    </p>
  );
}

export function SourceDocument({
  source,
  text,
  database,
  passage,
  problem,
}: {
  source: Source;
  text: string;
  database: Pick<ClaimDatabase, 'claims'>;
  passage?: Passage;
  problem?: RangeProblem;
}) {
  const t = useTranslator();
  const meta = [t(LANGUAGE_LABEL[source.language]), t(SOURCE_KIND_LABEL[source.kind]), source.year?.toString(), source.id];
  return (
    <>
      <header class="page-header">
        <h1 lang={source.language}>{source.title}</h1>
        <p class="page-meta">
          {meta
            .filter((part): part is string => part !== undefined)
            .map((part) => (
              <span class="mg-meta-part" key={part}>
                {part}
              </span>
            ))}
        </p>
        <p class="page-notice">{t('explorer.plainTextNotice')}</p>
      </header>
      {problem && <Problem problem={problem} />}
      <section aria-labelledby="legend-heading" class="source-legend">
        <h2 id="legend-heading" class="mg-sr-only">
          {t('explorer.legendHeading')}
        </h2>
        <ul>
          <li>
            <mark class="source-quote">{t('explorer.legendQuoted')}</mark>
          </li>
          <li>
            <span class="source-requested">{t('explorer.legendRequested')}</span>
          </li>
        </ul>
      </section>
      <section aria-labelledby="document-heading">
        <h2 id="document-heading">{t('explorer.documentHeading')}</h2>
        <SourceText text={text} quoted={quotedPassages(database.claims, source.id)} requested={passage} lang={source.language} />
      </section>
      <section aria-labelledby="passages-heading">
        <h2 id="passages-heading">{t('explorer.passagesHeading')}</h2>
        <PassageList sourceId={source.id} claims={database.claims} requested={passage} lang={source.language} />
      </section>
    </>
  );
}
