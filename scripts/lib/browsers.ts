import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const INSTALL_HINT =
  'Install it with: sudo apt-get update && sudo apt-get install -y chromium firefox-esr ' +
  '(or point CHROMIUM_PATH / FIREFOX_PATH at another binary).';

/** A missing browser is a failure with instructions, never a silent skip. */
export function requireBrowser(path: string, name: string): string {
  if (!existsSync(path)) throw new Error(`${name} was not found at ${path}. ${INSTALL_HINT}`);
  return path;
}
