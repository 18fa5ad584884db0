import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium.ts';
import { launchFirefox, type FirefoxSession } from '../../scripts/lib/firefox.ts';

const page = () => `${inject('baseUrl')}/foundation.html`;

describe('the extension loads in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it('registers its service worker under an extension id', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('runs the content script on a page served from 127.0.0.1', async () => {
    const tab = await session.context.newPage();
    await tab.goto(page());
    await expect.poll(() => tab.locator('mark[data-mglens]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});

describe('the extension loads in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session?.close());

  it('runs the content script on a page served from 127.0.0.1', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(page());
    await expect
      .poll(() => tab.evaluate(() => document.querySelectorAll('mark[data-mglens]').length), { timeout: 10_000 })
      .toBeGreaterThan(0);
  });
});
