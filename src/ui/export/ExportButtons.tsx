import { useState } from 'preact/hooks';
import type { BuiltExport } from '../../export/build.ts';
import type { ExportFormat } from '../../export/schema.ts';
import type { Translator } from '../../i18n/translate.ts';
import { copyText, downloadExport } from '../explorer/download.ts';
import './export-buttons.css';

/**
 * Download (JSON-LD, CSV, Markdown) and copy-Markdown buttons for whatever `build` exports: the
 * current page in the popup, the whole saved collection in the explorer. Building happens on
 * click, so an export always reflects the state at that moment.
 */
export interface ExportActions {
  download(built: BuiltExport): void;
  copy(text: string): Promise<boolean>;
}

const DEFAULT_ACTIONS: ExportActions = { download: (built) => downloadExport(built), copy: (text) => copyText(text) };

const DOWNLOADS: readonly { format: ExportFormat; label: 'export.downloadJsonLd' | 'export.downloadCsv' | 'export.downloadMarkdown' }[] = [
  { format: 'jsonld', label: 'export.downloadJsonLd' },
  { format: 'csv', label: 'export.downloadCsv' },
  { format: 'md', label: 'export.downloadMarkdown' },
];

export function ExportButtons({
  t,
  build,
  label,
  disabled = false,
  actions = DEFAULT_ACTIONS,
}: {
  t: Translator;
  /** Returns null when there is nothing to export (the buttons then say so instead). */
  build: (format: ExportFormat) => BuiltExport | null;
  /** Names the group for screen readers, e.g. "Export". */
  label: string;
  disabled?: boolean;
  actions?: ExportActions;
}) {
  const [status, setStatus] = useState('');

  const download = (format: ExportFormat) => {
    const built = build(format);
    if (!built) return setStatus(t('export.nothingToExport'));
    actions.download(built);
    setStatus(t('export.downloaded', { fileName: built.fileName }));
  };

  const copy = async () => {
    const built = build('md');
    if (!built) return setStatus(t('export.nothingToExport'));
    setStatus((await actions.copy(built.content)) ? t('export.copied') : t('export.copyFailed'));
  };

  return (
    <div class="mg-export" role="group" aria-label={label}>
      <div class="mg-export__buttons">
        {DOWNLOADS.map(({ format, label: key }) => (
          <button type="button" key={format} disabled={disabled} onClick={() => download(format)}>
            {t(key)}
          </button>
        ))}
        <button type="button" disabled={disabled} onClick={() => void copy()}>
          {t('export.copyMarkdown')}
        </button>
      </div>
      {/* Always present, so screen readers announce the outcome when it appears. */}
      <p role="status" class="mg-export__status">
        {status}
      </p>
    </div>
  );
}
