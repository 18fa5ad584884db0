import type { Page } from 'playwright-core';

/** The body of a page as its HTML parses, untouched by any extension, for DOM comparisons. */
export async function pristineBody(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  });
}

export const liveBody = (page: Page) => page.evaluate(() => document.body.innerHTML);

export const highlightCount = (page: Page, kind?: 'claim' | 'term') =>
  page.locator(kind ? `mark[data-mglens="${kind}"][data-mglens-last]` : 'mark[data-mglens][data-mglens-last]').count();
