import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChromiumSession } from '../../scripts/lib/chromium.ts';
import { launchChromiumWithProfile, openPopupForActiveTab } from './helpers/browser.ts';
import { cardText } from './helpers/card.ts';

/**
 * MgLens never makes a network request. Two witnesses, while it annotates a page, shows a card,
 * and its popup, explorer and source viewer are open:
 * - Playwright's request events for the annotated page and every page of the browser (extension
 *   pages included): each must be to 127.0.0.1 (the test server) or chrome-extension://.
 * - Chromium's own network log (--log-net-log), which also holds what the service worker and the
 *   content script fetch: every request made on behalf of a page or of the extension (it names
 *   its initiator) must be to 127.0.0.1. A request the extension makes on purpose at the end shows
 *   the log would catch one. Chromium's own background traffic (account, update and autofill
 *   servers, which its launch flags do not silence entirely) has no initiator and is listed, not
 *   counted.
 */

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; initiator?: string } }[];
}

const CANARY = 'http://mglens-canary.invalid/';
const isLocal = (address: string) => {
  const { protocol, hostname } = new URL(address);
  return protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
};

describe('no network request from MgLens', () => {
  let session: ChromiumSession;
  let dir: string;
  let netLog: string;
  const seen: { url: string; from: string }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mglens-network-'));
    netLog = join(dir, 'netlog.json');
    session = await launchChromiumWithProfile({ profileDir: join(dir, 'profile'), netLog });
    // A service worker's request has no frame (frame() throws for it); it is recorded all the same.
    session.context.on('request', (request: Request) =>
      seen.push({ url: request.url(), from: request.serviceWorker() ? 'service worker' : request.frame().url() }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes none while annotating, showing a card and opening its popup, explorer and source viewer', async () => {
    const pageRequests: string[] = [];
    const page = await session.context.newPage();
    page.on('request', (request) => pageRequests.push(request.url()));
    await page.goto(`${inject('baseUrl')}/demo/article-en.html`);
    const mark = page.locator('mark[data-mglens="claim"]', { hasText: 'Magnesium oxide is poorly absorbed' }).first();
    await mark.waitFor({ timeout: 15_000 });
    await mark.hover();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Magnesium oxide is poorly absorbed.');
    await page.bringToFront();
    const popup = await openPopupForActiveTab(session);
    await expect.poll(() => popup.getByText('Magnesium oxide is poorly absorbed.').count()).toBeGreaterThan(0);
    const explorer = await session.context.newPage();
    await explorer.goto(`chrome-extension://${session.extensionId}/explorer.html`);
    await explorer.waitForLoadState('load');
    const source = await session.context.newPage();
    await source.goto(`chrome-extension://${session.extensionId}/source.html?id=002_1c2bfa70c31f855c.txt&start=0&end=40`);
    await source.waitForLoadState('load');
    await page.waitForTimeout(1000);

    expect(pageRequests.length).toBeGreaterThan(0);
    expect(pageRequests.filter((address) => !isLocal(address))).toEqual([]);
    expect(seen.filter(({ url }) => !isLocal(url))).toEqual([]);
    expect(session.context.pages().map((p) => p.url()).filter((address) => !isLocal(address) && address !== 'about:blank')).toEqual([]);

    // The canary: a request the extension itself makes, which the network log must show as its.
    await session.serviceWorker.evaluate(async (address) => {
      await fetch(address, { signal: AbortSignal.timeout(500) }).catch(() => undefined);
    }, CANARY);
    await session.close();

    const log = JSON.parse(readFileSync(netLog, 'utf8')) as NetLog;
    const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    const requests = log.events.filter((e) => e.type === start && e.params?.url).map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
    const attributed = requests.filter((r) => r.initiator !== '' && r.initiator !== 'not an origin');
    const extension = `chrome-extension://${session.extensionId}`;
    expect(attributed.some((r) => r.url === CANARY && r.initiator === extension), 'the log shows the extension\'s own request').toBe(true);
    const leaks = attributed.filter((r) => r.url !== CANARY && !isLocal(r.url));
    expect(leaks).toEqual([]);
    const chromiumOwn = [...new Set(requests.filter((r) => !isLocal(r.url) && r.url !== CANARY && !attributed.includes(r)).map((r) => new URL(r.url).host))];
    console.info(`Chromium's own background requests (no initiator, not MgLens's): ${chromiumOwn.join(', ') || 'none'}`);
  });
});
