import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium.ts';
import { openPopupForActiveTab } from './helpers/browser.ts';
import { ARTIFACTS } from '../../scripts/lib/paths.ts';
import { cardText } from './helpers/card.ts';
import { allStatements, claimFromDatabase } from './helpers/database.ts';
import { highlightCount, liveBody, pristineBody } from './helpers/pages.ts';

const url = (path: string) => `${inject('baseUrl')}${path}`;
const annotated = (page: Page) => page.waitForSelector('mark[data-mglens="claim"]', { timeout: 15_000 });

/** The highlight of the sentence that contains `text`. */
const claimMark = (page: Page, text: string) => page.locator('mark[data-mglens="claim"]', { hasText: text }).first();


describe('reading with MgLens in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it('highlights claims in an English article and shows the claim, grade and source quote on hover', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/demo/article-en.html'));
    await annotated(page);
    const mark = claimMark(page, 'Magnesium oxide is poorly absorbed');
    await expect.poll(() => mark.getAttribute('data-mglens-grade')).toMatch(/^(moderate|low|very-low|high)$/);
    await mark.hover();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Magnesium oxide is poorly absorbed.');
    const text = await cardText(page);
    const quotes = claimFromDatabase('magnesium-oxide-poorly-absorbed').evidence.map((e) => e.quote.replace(/\s+/g, ' '));
    expect(quotes.some((q) => text.includes(q))).toBe(true);
    expect(text).toMatch(/Moderate|Low|Very low|High/);
    await page.close();
  });

  it('says so on the card when the page denies a claim', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/demo/article-en.html'));
    await annotated(page);
    const mark = claimMark(page, 'magnesium does not prevent migraine');
    expect(await mark.getAttribute('data-mglens-polarity')).toBe('denies');
    await mark.hover();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('This page denies this claim.');
    await page.close();
  });

  it('highlights claims in Norwegian and Bulgarian articles, with the card in the reader\'s language', async () => {
    const statements = allStatements();
    for (const [path, sentence] of [
      ['/demo/article-nb.html', 'Magnesiumoksid tas dårlig opp'],
      ['/demo/article-bg.html', 'Магнезиевият оксид се усвоява слабо'],
    ] as const) {
      const page = await session.context.newPage();
      await page.goto(url(path));
      await annotated(page);
      expect(await highlightCount(page, 'claim')).toBeGreaterThanOrEqual(3);
      await claimMark(page, sentence).hover();
      await expect.poll(() => cardText(page), { timeout: 5000 }).not.toBe('');
      const text = await cardText(page);
      // The browser is English, so the claim reads in English, whatever the page's language.
      expect(statements.some((s) => text.includes(s.en))).toBe(true);
      expect(statements.some((s) => text.includes(s.nb) || text.includes(s.bg))).toBe(false);
      await page.close();
    }
  });

  it('reaches a claim with the keyboard and opens its source at the quoted passage', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/demo/article-en.html'));
    await annotated(page);
    const mark = claimMark(page, 'Magnesium oxide is poorly absorbed');
    await mark.focus();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Magnesium oxide is poorly absorbed.');
    // Focus stays on the highlight until the reader asks for the card.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mglens'))).toBe('claim');
    await page.keyboard.press('Enter');
    // Enter moves focus into the card (a closed shadow root: the page sees its host as active).
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-mglens-ui'))).toBe(true);
    // Follow the card's first link to a source passage, found in the accessibility tree.
    const opened = session.context.waitForEvent('page', { timeout: 10_000 });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; backendDOMNodeId?: number }[];
    };
    const link = nodes.find((n) => n.role?.value === 'link' && n.backendDOMNodeId);
    expect(link, 'the card offers a link to the source passage').toBeDefined();
    await cdp.send('DOM.focus', { backendNodeId: link!.backendDOMNodeId });
    await cdp.detach();
    await page.keyboard.press('Enter');
    const source = await opened;
    await source.waitForLoadState();
    expect(source.url()).toMatch(/\/source\.html\?id=\d{3}_[0-9a-f]{16}\.txt&start=\d+&end=\d+/);
    const passage = source.locator('#requested-passage');
    await expect.poll(() => passage.count()).toBe(1);
    await expect.poll(() => source.evaluate(() => document.activeElement?.id)).toBe('requested-passage');
    await source.close();
    await page.close();
  });

  it('turns off and on from the popup: highlights go, the DOM is as served, and they come back', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/demo/article-en.html'));
    await annotated(page);
    const popup = await openPopupForActiveTab(session);
    const siteSwitch = popup.getByRole('switch', { name: /127\.0\.0\.1|this site/ });
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    // The popup lists the page's claims.
    await expect.poll(() => popup.getByText('Magnesium oxide is poorly absorbed.').count()).toBeGreaterThan(0);

    await siteSwitch.click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    expect(await liveBody(page)).toBe(await pristineBody(page));

    await siteSwitch.click();
    await expect.poll(() => highlightCount(page, 'claim')).toBeGreaterThan(0);

    const allSwitch = popup.getByRole('switch', { name: 'On for all sites' });
    await allSwitch.click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    expect(await liveBody(page)).toBe(await pristineBody(page));
    await allSwitch.click();
    await expect.poll(() => highlightCount(page, 'claim')).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('jumps from the popup\'s claim list to the sentence and opens its card', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.goto(url('/demo/article-en.html'));
    await annotated(page);
    const target = claimMark(page, 'A normal blood test does not prove');
    // The sentence starts out of view.
    expect(await target.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    const popup = await openPopupForActiveTab(session);
    await popup.getByRole('button', { name: /normal serum|blood test/i }).first().click();
    await expect.poll(() => target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }), { timeout: 5000 }).toBe(true);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toMatch(/serum/i);
    await popup.close();
    await page.close();
  });

  it('annotates content a single-page app adds after load', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/spa.html'));
    await expect.poll(() => page.locator('#app mark[data-mglens="claim"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.click('#more');
    await expect.poll(() => page.locator('#more-1 mark[data-mglens]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('never touches what the reader types', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/typing.html'));
    await annotated(page);
    const typed = 'Magnesium blocks NMDA receptors and magnesium oxide is poorly absorbed.';
    await page.fill('#field', typed);
    await page.fill('#story', typed);
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.keyboard.type(' More magnesium here.');
    await page.waitForTimeout(500);
    expect(await page.inputValue('#field')).toBe(typed);
    expect(await page.inputValue('#story')).toBe(typed);
    expect(await page.locator('#editor mark, form mark').count()).toBe(0);
    expect(await page.locator('#editor').textContent()).toBe('Magnesium oxide is poorly absorbed, I wrote here. More magnesium here.');
    await page.close();
  });

  it('saves screenshots of the card in light and dark mode', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url('/demo/article-en.html'));
      await annotated(page);
      await claimMark(page, 'Magnesium oxide is poorly absorbed').hover();
      await expect.poll(() => cardText(page), { timeout: 5000 }).not.toBe('');
      await page.waitForTimeout(300);
      const file = resolve(ARTIFACTS, `card-${scheme}.png`);
      await page.screenshot({ path: file });
      await page.close();
    }
  });
});
