import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_PATH, requireBrowser } from './browsers.ts';
import { FIREFOX_BUILD } from './paths.ts';

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

/** Headless Firefox ESR over WebDriver BiDi, with the MV2 build installed as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = requireBrowser(FIREFOX_PATH, 'Firefox ESR');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  await browser.installExtension(FIREFOX_BUILD);
  return { browser, close: () => browser.close() };
}
