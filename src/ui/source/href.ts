/**
 * Where the source viewer lives and how to address one passage in it. Pure: the caller supplies
 * the page's base URL (`browser.runtime.getURL('/source.html')` in a content script or the popup;
 * the relative `source.html` from a sibling extension page).
 */
export const SOURCE_PAGE = 'source.html';

export function sourceViewerHref(sourceId: string, start?: number, end?: number, base: string = SOURCE_PAGE): string {
  const params = new URLSearchParams({ id: sourceId });
  if (start !== undefined && end !== undefined) {
    params.set('start', String(start));
    params.set('end', String(end));
  }
  return `${base}?${params.toString()}`;
}
