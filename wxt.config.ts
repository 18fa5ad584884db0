import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * MGLENS_ANALYSE=1 builds with source maps into .output/analyse/ (never the build that tests and
 * stores use), for `npm run bench -- --sizes` and `--profile` to attribute bytes and CPU time.
 */
const analyse = process.env.MGLENS_ANALYSE === '1';

// Permissions are kept to what the features use; README.md explains each one.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: analyse ? '.output/analyse' : '.output',
  // Explicit imports keep every module runnable in Node and vitest without WXT's globals.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: {
      ...(analyse ? { sourcemap: true } : {}),
      rollupOptions: {
        treeshake: {
          // Importing the claim schemas only builds zod schemas: a bundle that uses none of them
          // (the content script, which reaches the module through types and one unused helper)
          // may drop the module, and all of zod with it.
          moduleSideEffects: (id: string) => !id.endsWith('/src/claims/schema.ts'),
        },
      },
    },
  }),
  manifest: {
    name: 'MgLens',
    description:
      'Highlights magnesium and migraine claims on the page and shows what the bundled evidence says. Works offline.',
    permissions: ['storage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    commands: {
      'toggle-annotation': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Turn MgLens on or off on the current site',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'mglens@example.org', strict_min_version: '115.0' },
    },
  },
});
