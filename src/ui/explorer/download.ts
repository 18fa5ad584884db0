import type { BuiltExport } from '../../export/build.ts';

/**
 * Saving and copying from extension pages (explorer, popup). A Blob behind an `<a download>` saves
 * a file without the `downloads` permission; the object URL is revoked only after a delay because
 * Firefox cancels a download whose URL is revoked before the save has started.
 */
const REVOKE_AFTER_MS = 60_000;

export function downloadText(content: string, fileName: string, mediaType: string, doc: Document = document): void {
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(new view.Blob([content], { type: mediaType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export function downloadExport(built: BuiltExport, doc: Document = document): void {
  downloadText(built.content, built.fileName, built.mediaType, doc);
}

/** Resolves to false instead of throwing: the caller shows a message, never an uncaught error. */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | null = globalThis.navigator?.clipboard ?? null): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
