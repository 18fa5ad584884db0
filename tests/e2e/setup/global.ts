import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROME_BUILD, DEMO_PAGES, FIREFOX_BUILD, ROOT, TEST_PAGES } from '../../../scripts/lib/paths.ts';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds both targets once for the whole e2e run (set MGLENS_E2E_PREBUILT=1 to reuse .output
 * while iterating) and serves the test pages on 127.0.0.1.
 */
export default async function setup(project: TestProject) {
  if (process.env.MGLENS_E2E_PREBUILT !== '1') {
    for (const script of ['build', 'build:firefox']) {
      execFileSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  }
  for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
    if (!existsSync(dir)) throw new Error(`No extension build at ${dir}: run npm run build && npm run build:firefox`);
  }
  const server = await startStaticServer({ '/': TEST_PAGES, '/demo/': DEMO_PAGES });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
