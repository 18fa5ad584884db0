import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../scripts/lib/firefox.ts';

const url = (path: string) => `${inject('baseUrl')}${path}`;
const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
const claims = (page: Page) => count(page, 'mark[data-mglens="claim"][data-mglens-last]');

async function open(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url(path));
  await expect.poll(() => claims(page), { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
}

// Turning off is tested in Chromium (popup) and in unit tests: WebDriver BiDi does not let a
// test navigate to Firefox's moz-extension:// pages, where the switches are.
describe('reading with MgLens in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session?.close());

  it('highlights claims and terms in English, Norwegian and Bulgarian articles', async () => {
    for (const path of ['/demo/article-en.html', '/demo/article-nb.html', '/demo/article-bg.html']) {
      const page = await open(session, path);
      expect(await claims(page)).toBeGreaterThanOrEqual(3);
      expect(await count(page, 'mark[data-mglens="claim"][data-mglens-grade]')).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('opens a card in a closed shadow root on hover, which page scripts cannot read', async () => {
    const page = await open(session, '/demo/article-en.html');
    await page.hover('mark[data-mglens="claim"]');
    await expect.poll(() => count(page, '[data-mglens-ui]'), { timeout: 5000 }).toBe(1);
    expect(await page.evaluate(() => document.querySelector('[data-mglens-ui]')!.shadowRoot)).toBeNull();
    await page.close();
  });

  it('annotates content a single-page app adds after load, and never touches typed text', async () => {
    const spa = await session.browser.newPage();
    await spa.goto(url('/spa.html'));
    await expect.poll(() => count(spa, '#app mark[data-mglens="claim"]'), { timeout: 10_000 }).toBeGreaterThan(0);
    await spa.click('#more');
    await expect.poll(() => count(spa, '#more-1 mark[data-mglens]'), { timeout: 10_000 }).toBeGreaterThan(0);
    await spa.close();

    const form = await open(session, '/typing.html');
    const typed = 'Magnesium blocks NMDA receptors.';
    await form.type('#field', typed);
    await form.type('#story', typed);
    await new Promise((r) => setTimeout(r, 500));
    expect(await form.evaluate(() => (document.getElementById('field') as HTMLInputElement).value)).toBe(typed);
    expect(await form.evaluate(() => (document.getElementById('story') as HTMLTextAreaElement).value)).toBe(typed);
    expect(await count(form, 'form mark')).toBe(0);
    await form.close();
  });
});
