import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fuzzPageHtml, generateFuzzPage } from '../../scripts/lib/dom-fuzz.ts';
import type { ChromiumSession } from '../../scripts/lib/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchChromiumWithProfile, openPopupForActiveTab } from './helpers/browser.ts';
import { cardText } from './helpers/card.ts';
import { claimFromDatabase } from './helpers/database.ts';
import { readStorage, setEnabled, settingsWith, writeStorage } from './helpers/storage.ts';

/**
 * Reliability and security in real Chromium: generated pages turned on and off, what MgLens must
 * never touch, a page whose framework re-renders, the closed card and hostile text, messages a
 * page cannot send, corrupted storage, and the saved collection across a restart.
 * (Hostile pages: reliability-hostile.e2e.ts; no network request: reliability-network.e2e.ts.)
 */

const url = (path: string) => `${inject('baseUrl')}${path}`;
const quietly = (page: Page, ms: number) => page.waitForTimeout(ms);

/**
 * Waits until the page has highlights and they stopped changing for `quietMs`. Attached, not
 * visible: a generated page may hold text that is not rendered (a shadow host's light children
 * without a slot), and its highlight may be the first in document order.
 */
async function settled(page: Page, selector = 'mark[data-mglens]', quietMs = 600) {
  await page.waitForSelector(selector, { state: 'attached', timeout: 15_000 });
  let last = -1;
  for (let i = 0; i < 60; i += 1) {
    const count = await page.locator('mark[data-mglens]').count();
    if (count === last) return count;
    last = count;
    await quietly(page, quietMs);
  }
  throw new Error('highlights kept changing');
}

/** Seeds of generated pages run in Chromium (the unit fuzz runs hundreds in happy-dom). */
const BROWSER_SEEDS = [7, 39602, 110873, 340524, 1148262];

/**
 * Inside each generated page, before its own script: keep the page's initial state once it is
 * built (its markup, its text nodes as objects, its open shadow roots, the text it shows), and
 * after every batch of DOM changes check that the text it shows is still the same.
 */
const FUZZ_WATCH = `(() => {
  if (!location.pathname.startsWith('/gen/')) return;
  const textNodes = () => {
    const out = [];
    const visit = (n) => { if (n.nodeType === 3) out.push(n); if (n.shadowRoot) visit(n.shadowRoot); for (let c = n.firstChild; c; c = c.nextSibling) visit(c); };
    visit(document.body);
    return out;
  };
  const shadows = () => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot.innerHTML);
  document.addEventListener('DOMContentLoaded', () => {
    const nodes = textNodes();
    const initial = { html: document.body.innerHTML, text: document.body.innerText, nodes, data: nodes.map((t) => t.data), shadows: shadows() };
    const changes = [];
    new MutationObserver(() => {
      if (document.body.innerText !== initial.text) changes.push(document.body.innerText.slice(0, 200));
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
    window.fuzzCheck = () => {
      const now = textNodes();
      const replaced = initial.nodes.findIndex((n, i) => now[i] !== n);
      const rewritten = initial.data.findIndex((d, i) => now[i] && now[i].data !== d);
      return {
        sameMarkup: document.body.innerHTML === initial.html,
        sameText: document.body.innerText === initial.text,
        sameShadows: JSON.stringify(shadows()) === JSON.stringify(initial.shadows),
        textNodes: [initial.nodes.length, now.length],
        replaced, rewritten,
        changesWhileOn: changes.slice(0, 3),
      };
    };
  });
})();`;

describe('MgLens in Chromium, against pages that test it', () => {
  let session: ChromiumSession;
  let profile: string;
  let gen: StaticServer;
  let genDir: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'mglens-reliability-'));
    genDir = mkdtempSync(join(tmpdir(), 'mglens-gen-'));
    for (const seed of BROWSER_SEEDS) writeFileSync(join(genDir, `${seed}.html`), fuzzPageHtml(generateFuzzPage(seed)));
    gen = await startStaticServer({ '/gen/': genDir });
    session = await launchChromiumWithProfile({ profileDir: join(profile, 'chromium') });
    await session.context.addInitScript({ content: FUZZ_WATCH });
  });
  afterAll(async () => {
    await session?.close();
    await gen?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(genDir, { recursive: true, force: true });
  });

  it.each(BROWSER_SEEDS)('generated page %i: its text never changes, and turning off leaves it exactly as built', async (seed) => {
    await setEnabled(session.serviceWorker, true);
    const page = await session.context.newPage();
    await page.goto(`${gen.url}/gen/${seed}.html`);
    const highlights = await settled(page);
    expect(highlights, `seed ${seed} has highlights`).toBeGreaterThan(0);
    await setEnabled(session.serviceWorker, false);
    await expect.poll(() => page.locator('mark[data-mglens]').count()).toBe(0);
    const check = await page.evaluate(() => (window as unknown as { fuzzCheck(): Record<string, unknown> }).fuzzCheck());
    expect(check, `seed ${seed}: rebuild with generateFuzzPage(${seed})`).toEqual({
      sameMarkup: true,
      sameText: true,
      sameShadows: true,
      textNodes: [expect.any(Number), (check.textNodes as number[])[0]],
      replaced: -1,
      rewritten: -1,
      changesWhileOn: [],
    });
    await setEnabled(session.serviceWorker, true);
    await page.close();
  });

  it('leaves form fields, editable regions, scripts, styles, code, SVG text and the title untouched, before and after typing', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/hostile/untouchable.html'));
    await settled(page, '#prose mark[data-mglens="claim"]');
    const ids = ['input', 'textarea', 'select', 'button', 'editable', 'data', 'live', 'style', 'pre-code', 'inline-code', 'svg', 'hidden', 'template'];
    const pristine = await page.evaluate(async (list) => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return { title: served.title, html: Object.fromEntries(list.map((id) => [id, served.getElementById(id)!.innerHTML])) };
    }, ids);
    const live = () => page.evaluate((list) => Object.fromEntries(list.map((id) => [id, document.getElementById(id)!.innerHTML])), ids);
    expect(await live()).toEqual(pristine.html);
    expect(await page.title()).toBe(pristine.title);
    // <pre> is read as prose (old articles are plain text in <pre>): it may be highlighted, but its
    // text and its line breaks stay exactly as they were; a <pre> of code is not touched at all.
    const preText = await page.evaluate(() => document.getElementById('pre-prose')!.innerText);
    expect(preText).toBe('Magnesium oxide is poorly absorbed.\n    Magnesium may help prevent migraine attacks.');

    const typed = ' Magnesium blocks NMDA receptors, and magnesium oxide is poorly absorbed.';
    await page.click('#input');
    await page.keyboard.press('End');
    await page.keyboard.type(typed);
    await page.click('#textarea');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(typed);
    await page.click('#editable p');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(typed);
    await page.selectOption('#select', 'b');
    await quietly(page, 1000);

    expect(await page.inputValue('#input')).toBe(`Magnesium oxide is poorly absorbed.${typed}`);
    expect(await page.inputValue('#textarea')).toBe(`Magnesium oxide is poorly absorbed.${typed}`);
    expect(await page.inputValue('#select')).toBe('b');
    expect(await page.locator('#editable').innerHTML()).toBe(`<p>Magnesium oxide is poorly absorbed.${typed}</p>`);
    const after = await live();
    for (const id of ids.filter((i) => i !== 'editable')) expect(after[id], id).toBe(pristine.html[id]);
    expect(await page.evaluate(() => document.getElementById('pre-prose')!.innerText)).toBe(preText);
    expect(await page.title()).toBe(pristine.title);
    expect(await page.evaluate(() => (window as unknown as { liveScript: string }).liveScript)).toBe('Magnesium oxide is poorly absorbed.');
    expect(await page.locator('#prose mark[data-mglens="claim"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps a re-rendering framework page working: text as rendered after every render, no loop, clicks reach the page', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/hostile/framework.html'));
    await settled(page, '#clicky mark[data-mglens="claim"]', 300);
    for (let i = 0; i < 6; i += 1) {
      await page.click('#swap');
      await quietly(page, 150);
    }
    await expect.poll(() => page.evaluate(() => (window as unknown as { renders: number }).renders), { timeout: 10_000 }).toBe(30);
    expect(await page.evaluate(() => (window as unknown as { stale: string[] }).stale)).toEqual([]);

    // No loop with the observer: once the page stops rendering, nothing changes any more.
    await quietly(page, 500);
    const mutations = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let n = 0;
          const observer = new MutationObserver((records) => (n += records.length));
          observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
          setTimeout(() => resolve(n + observer.takeRecords().length), 1500);
        }),
    );
    expect(mutations).toBe(0);
    expect(await page.locator('#static mark[data-mglens]').count()).toBeGreaterThan(0);

    // The page's own click handler runs when a highlight inside its paragraph is clicked.
    await page.locator('#clicky mark[data-mglens="claim"]').first().click();
    expect(await page.evaluate(() => (window as unknown as { paragraphClicks: number }).paragraphClicks)).toBe(1);
    await page.close();
  });

  it('shows a hostile sentence as text in its card, which the page can neither read nor change', async () => {
    const page = await session.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url('/hostile/injection.html'));
    await settled(page, '#hostile mark[data-mglens="claim"]', 300);
    await page.locator('#hostile mark[data-mglens="claim"]').first().hover();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('<img src=x onerror=alert(1)>');
    const text = await cardText(page);
    expect(text).toContain('<script>window.pwned = 1</script>');

    // Nothing in the card is markup made from the page's text: no <img>, no <script>.
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    await cdp.detach();
    const host = findNode(root, (n) => n.attributes?.includes('data-mglens-ui') ?? false);
    expect(host, 'the card is open').toBeDefined();
    const inside = collect(host!).map((n) => n.nodeName);
    expect(inside).not.toContain('IMG');
    expect(inside.filter((name) => name === 'SCRIPT')).toEqual([]);

    // The page: no script ran, the host shows it no shadow root (even though the page replaced
    // attachShadow before MgLens ran), and the card's text is nowhere in what the page can read.
    const quotes = claimFromDatabase('magnesium-oxide-poorly-absorbed').evidence.map((e) => e.quote.replace(/\s+/g, ' '));
    const quote = quotes.find((q) => text.includes(q));
    expect(quote, 'the card shows a source quote').toBeDefined();
    const seen = await page.evaluate((q) => {
      const host = document.querySelector('[data-mglens-ui]')!;
      return {
        pwned: (window as unknown as { pwned?: number }).pwned ?? 0,
        alerts: (window as unknown as { alerts: number }).alerts,
        shadowRoot: host.shadowRoot,
        pageShadows: (window as unknown as { shadows: ShadowRoot[] }).shadows.length,
        quoteInPage: document.documentElement.textContent!.replace(/\s+/g, ' ').includes(q) || document.body.innerText.includes(q),
      };
    }, quote!);
    expect(seen).toEqual({ pwned: 0, alerts: 0, shadowRoot: null, pageShadows: 0, quoteInPage: false });
    expect(dialogs).toEqual([]);

    // What the page can do to the host element, write into it, does not reach the card: the
    // closed root has no slot, so the page's children are not even shown.
    const shown = await page.evaluate(() => {
      const host = document.querySelector('[data-mglens-ui]')!;
      host.innerHTML = '<b id="intruder">replaced by the page</b>';
      return document.getElementById('intruder')!.getClientRects().length;
    });
    expect(shown).toBe(0);
    await quietly(page, 200);
    const cdp2 = await page.context().newCDPSession(page);
    const { root: after } = (await cdp2.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    await cdp2.detach();
    const shadowText = (findNode(after, (n) => n.attributes?.includes('data-mglens-ui') ?? false)?.shadowRoots ?? [])
      .flatMap(collect)
      .map((n) => n.nodeValue ?? '')
      .join(' ');
    expect(shadowText).toContain('<img src=x onerror=alert(1)>');
    expect(shadowText).not.toContain('replaced by the page');
    await page.close();
  });

  it('ignores messages and events a page sends in MgLens\'s shapes', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/hostile/injection.html'));
    await settled(page, '#plain mark[data-mglens]', 300);
    const settingsBefore = await readStorage(session.serviceWorker, 'settings');
    const collectionBefore = await readStorage(session.serviceWorker, 'collection');
    const before = await page.evaluate(() => ({ html: document.body.innerHTML, scroll: scrollY }));
    const attempts = await page.evaluate(async () => {
      const id = document.querySelector('mark[data-mglens]')!.getAttribute('data-mglens-id');
      const shapes = [
        { type: 'reveal-match', id },
        { type: 'get-page-state' },
        { type: 'open-source', source: '002_1c2bfa70c31f855c.txt', start: 0, end: 10 },
        { type: 'page-state-changed', claimCount: 99 },
        { type: 'toggle-annotation' },
        { settings: { enabled: false } },
      ];
      for (const shape of shapes) {
        window.postMessage(shape, '*');
        document.dispatchEvent(new CustomEvent('mglens', { detail: shape }));
        document.dispatchEvent(new CustomEvent(shape.type ?? 'settings', { detail: shape }));
      }
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'M', altKey: true, shiftKey: true }));
      // Pages have no extension messaging at all (no externally_connectable).
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return { runtime: typeof runtime?.sendMessage };
    });
    await quietly(page, 800);
    expect(attempts.runtime).toBe('undefined');
    expect(await cardText(page)).toBe('');
    expect(await page.evaluate(() => ({ html: document.body.innerHTML, scroll: scrollY }))).toEqual(before);
    expect(await readStorage(session.serviceWorker, 'settings')).toEqual(settingsBefore);
    expect(await readStorage(session.serviceWorker, 'collection')).toEqual(collectionBefore);
    expect(session.context.pages().some((p) => p.url().includes('/source.html'))).toBe(false);
    await page.close();
  });

  it('falls back to defaults on corrupted storage, repairs it, and still annotates', async () => {
    const huge = 'x'.repeat(1_000_000);
    await writeStorage(session.serviceWorker, {
      settings: { enabled: 'yes', languages: 42, minGrade: { worst: true }, highlightTerms: 'no', hoverDelayMs: -5, style: huge, sites: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}.example`, 'off'])), junk: huge },
      collection: { pages: 'not a list', junk: [huge] },
      'unknown-key': { nested: huge },
    });
    const page = await session.context.newPage();
    await page.goto(url('/demo/article-en.html'));
    expect(await settled(page, 'mark[data-mglens="claim"]')).toBeGreaterThan(0);
    // Every field back to its default; of the 5,000 sites, the first 1,000 (MAX_SITES) kept, all
    // "off" for other hosts (127.0.0.1 is still on, as the highlights show).
    await expect
      .poll(async () => ({ ...((await readStorage(session.serviceWorker, 'settings')) as object), sites: {} }), { timeout: 5000 })
      .toEqual(settingsWith({}));
    const sites = ((await readStorage(session.serviceWorker, 'settings')) as { sites: Record<string, string> }).sites;
    expect(Object.keys(sites)).toHaveLength(1000);
    expect(new Set(Object.values(sites))).toEqual(new Set(['off']));
    expect(Object.keys(sites).every((site) => /^s\d+\.example$/.test(site))).toBe(true);
    const explorer = await session.context.newPage();
    await explorer.goto(`chrome-extension://${session.extensionId}/explorer.html`);
    await expect.poll(() => readStorage(session.serviceWorker, 'collection'), { timeout: 5000 }).toEqual({ pages: [] });
    await explorer.close();
    await writeStorage(session.serviceWorker, { settings: settingsWith({}) });
    await page.close();
  });

  it('keeps the saved collection across a browser restart', async () => {
    const page = await session.context.newPage();
    await page.goto(url('/demo/article-en.html'));
    await settled(page, 'mark[data-mglens="claim"]');
    const title = await page.title();
    await page.bringToFront();
    const popup = await openPopupForActiveTab(session);
    await popup.getByRole('button', { name: 'Save this page' }).click();
    await expect.poll(() => popup.getByText('Saved to your collection.').count()).toBe(1);
    await session.close();

    session = await launchChromiumWithProfile({ profileDir: join(profile, 'chromium') });
    const explorer = await session.context.newPage();
    await explorer.goto(`chrome-extension://${session.extensionId}/explorer.html`);
    await expect.poll(() => explorer.getByText(title, { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const stored = (await readStorage(session.serviceWorker, 'collection')) as { pages: { url: string; matches: unknown[] }[] };
    expect(stored.pages.map((p) => p.url)).toEqual([url('/demo/article-en.html')]);
    expect(stored.pages[0]!.matches.length).toBeGreaterThan(0);
  });
});

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function collect(node: CdpNode): CdpNode[] {
  return [node, ...[...(node.shadowRoots ?? []), ...(node.children ?? [])].flatMap(collect)];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  return collect(node).find(test);
}
