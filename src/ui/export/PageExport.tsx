import { loadClaimBundle } from '../../claims/database.ts';
import { buildExport } from '../../export/build.ts';
import { toExportDocument, type ClaimSource, type PageInput } from '../../export/from-page.ts';
import type { Translator } from '../../i18n/translate.ts';
import { ExportButtons, type ExportActions } from './ExportButtons.tsx';

/**
 * The popup's export of the current page: its page state (sentences, offsets, context, claim ids,
 * polarity) plus what the claim bundle says about each claim. The bundle is read on click, so the
 * popup opens without parsing it.
 */
export function PageExport({
  t,
  state,
  claims = loadClaimBundle,
  now = () => new Date(),
  actions,
}: {
  t: Translator;
  state: PageInput;
  claims?: () => ClaimSource;
  now?: () => Date;
  actions?: ExportActions;
}) {
  if (state.matches.length === 0) return null;
  return (
    <section class="mg-page-export" aria-labelledby="mg-page-export-heading">
      <h2 id="mg-page-export-heading">{t('export.exportHeading')}</h2>
      <ExportButtons
        t={t}
        label={t('export.exportHeading')}
        actions={actions}
        build={(format) =>
          buildExport(toExportDocument(state, claims(), { locale: t.locale, exportedAt: now().toISOString() }), format)
        }
      />
    </section>
  );
}
