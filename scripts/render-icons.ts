/**
 * Renders assets/icon.svg to the PNG sizes the manifest lists, with headless Chromium.
 * Run by hand after editing the SVG (`npx tsx scripts/render-icons.ts`); the PNGs are committed
 * so a build needs no browser.
 */
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';

const SIZES = [16, 32, 48, 128];
const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
