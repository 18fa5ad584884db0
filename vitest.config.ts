import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: Node by default; a file that needs a DOM opts in with `@vitest-environment happy-dom`.
// WxtVitest supplies the fake browser (storage, runtime messaging) and WXT's build-time config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/setup/build-claims.ts'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
  },
});
