import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium.ts';
import { openPopupForActiveTab } from './helpers/browser.ts';

const url = (path: string) => `${inject('baseUrl')}${path}`;


describe('exporting the highlighted claims from the popup (Chromium)', () => {
  let session: ChromiumSession;
  let downloads: Record<string, { name: string; text: string }>;

  beforeAll(async () => {
    session = await launchChromium();
    const page = await session.context.newPage();
    await page.goto(url('/demo/article-en.html'));
    await page.waitForSelector('mark[data-mglens="claim"]', { timeout: 15_000 });
    const claims = await page.locator('mark[data-mglens="claim"][data-mglens-last]').count();
    expect(claims).toBeGreaterThan(2);
    const popup = await openPopupForActiveTab(session);
    // Wait until the popup shows the page's claims, as a reader would before exporting them.
    await popup.getByText('Magnesium oxide is poorly absorbed.').first().waitFor({ timeout: 10_000 });
    downloads = {};
    for (const [format, label] of [['jsonld', /JSON-LD/], ['csv', /CSV/], ['md', /Download Markdown/]] as const) {
      const waiting = popup.waitForEvent('download', { timeout: 10_000 });
      await popup.getByRole('button', { name: label }).click();
      const download = await waiting;
      const path = await download.path();
      downloads[format] = { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
    }
  });
  afterAll(() => session?.close());

  it('downloads JSON-LD Web Annotations with quote and position selectors for each sentence', () => {
    const { name, text } = downloads.jsonld!;
    expect(name).toMatch(/^mglens-\d{4}-\d{2}-\d{2}-can-magnesium-keep-migraine-away\.jsonld$/);
    const doc = JSON.parse(text) as { '@context': unknown; items?: unknown[]; first?: { items: unknown[] } };
    expect(JSON.stringify(doc['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
    const annotations = JSON.stringify(doc);
    expect(annotations).toContain('TextQuoteSelector');
    expect(annotations).toContain('TextPositionSelector');
    expect(annotations).toContain('Magnesium oxide is poorly absorbed by the gut');
    expect(annotations).toContain('magnesium-oxide-poorly-absorbed');
  });

  it('downloads a CSV a spreadsheet opens: BOM, header, one row per sentence', () => {
    const { name, text } = downloads.csv!;
    expect(name).toMatch(/\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    expect(text).toContain('magnesium-oxide-poorly-absorbed');
  });

  it('downloads Markdown whose sentences link back with text fragments', () => {
    const { name, text } = downloads.md!;
    expect(name).toMatch(/\.md$/);
    expect(text).toMatch(/article-en\.html#:~:text=/);
    expect(text).toContain('Magnesium oxide is poorly absorbed.');
  });
});
