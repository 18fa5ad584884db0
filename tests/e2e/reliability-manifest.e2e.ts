import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from '../../scripts/lib/paths.ts';

/**
 * The built extensions ask for nothing the features do not use, and the Firefox build passes
 * Mozilla's addons-linter (the check addons.mozilla.org runs on upload) without errors.
 * Runs on the builds the e2e setup makes (or reuses with MGLENS_E2E_PREBUILT=1).
 */

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  commands?: Record<string, unknown>;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  content_security_policy?: unknown;
}

const manifest = (dir: string) => JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as Manifest;

/**
 * What README's "Permissions" section justifies: each bullet "- `name`: why" is a permission,
 * the bullet "- Content script on `pattern` and `pattern`: why" gives the content script's
 * matches, and the last bullet says nothing else is asked for.
 */
function justifiedByReadme(): { permissions: string[]; matches: string[] } {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions'));
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const bullets = section.split('\n').filter((line) => line.startsWith('- '));
  const permissions = bullets.flatMap((line) => /^- `([^`]+)`:/.exec(line)?.slice(1) ?? []);
  const scriptLine = bullets.find((line) => line.startsWith('- Content script on'));
  const matches = [...(scriptLine?.matchAll(/`([^`]+)`/g) ?? [])].map((m) => m[1]!);
  expect(bullets.some((line) => line.startsWith('- Nothing else'))).toBe(true);
  return { permissions, matches };
}

describe('the manifests', () => {
  const readme = justifiedByReadme();

  it('README justifies storage and a content script on http and https pages, nothing more', () => {
    expect(readme).toEqual({ permissions: ['storage'], matches: ['http://*/*', 'https://*/*'] });
  });

  it.each([
    ['Chromium (MV3)', CHROME_BUILD],
    ['Firefox (MV2)', FIREFOX_BUILD],
  ])('%s asks for exactly the permissions README justifies', (_, dir) => {
    const m = manifest(dir);
    expect([...(m.permissions ?? [])].sort()).toEqual([...readme.permissions].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    const matches = new Set((m.content_scripts ?? []).flatMap((script) => script.matches));
    expect([...matches].sort()).toEqual([...readme.matches].sort());
    // The keyboard shortcut is a manifest key, not a permission.
    expect(m.commands).toHaveProperty('toggle-annotation');
    expect(m.permissions).not.toContain('commands');
    // Web pages cannot message the extension or load its files.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    // The browser's default content security policy (no remote code) stays in force.
    expect(m.content_security_policy).toBeUndefined();
  });
});

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe("Mozilla's addons-linter on the Firefox build", () => {
  it('finds no errors (warnings are printed)', () => {
    const bin = resolve(ROOT, 'node_modules/.bin/addons-linter');
    const run = spawnSync(bin, ['--output', 'json', '--boring', FIREFOX_BUILD], { encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(run.stdout) as { summary: { errors: number; warnings: number }; errors: LintMessage[]; warnings: LintMessage[] };
    for (const warning of report.warnings) console.info(`addons-linter warning ${warning.code} (${warning.file ?? '-'}): ${warning.message}`);
    expect(report.errors.map((e) => `${e.code} (${e.file ?? '-'}): ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});
