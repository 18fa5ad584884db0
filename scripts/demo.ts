/**
 * `npm run demo`: builds the extension, serves the demo articles on 127.0.0.1 and opens them in
 * Debian's Chromium with MgLens loaded. With a display it stays open for you to read (close the
 * window to stop); without one it runs headless and saves screenshots to demo-screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { DEMO_PAGES, ROOT } from './lib/paths.ts';
import { startStaticServer } from './lib/static-server.ts';

const ARTICLES = ['article-en.html', 'article-nb.html', 'article-bg.html'];
const OUT = resolve(ROOT, 'demo-screenshots');

execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
const server = await startStaticServer({ '/': DEMO_PAGES });
const headed = Boolean(process.env.DISPLAY) && process.env.MGLENS_HEADLESS !== '1';
const session = await launchChromium({ headless: !headed });
console.log(`Demo articles: ${server.url}/ (extension id ${session.extensionId})`);

if (headed) {
  const page = await session.context.newPage();
  await page.goto(`${server.url}/`);
  console.log('Chromium is open with MgLens loaded. Close the browser window to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
} else {
  mkdirSync(OUT, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    for (const article of ARTICLES) {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.url}/${article}`);
      await page.waitForSelector('mark[data-mglens]', { timeout: 10_000 });
      const claim = page.locator('mark[data-mglens="claim"]').first();
      if (await claim.count()) {
        await claim.hover();
        await page.waitForTimeout(800);
      }
      const file = resolve(OUT, `${article.replace('.html', '')}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(`saved ${file}`);
      await page.close();
    }
  }
  await session.close();
}
await server.close();
