import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Ink switches to "CI mode" (no intermediate frames) when CI is set; the component tests
    // assert on every frame, so they run as an interactive session would.
    env: { CI: 'false' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
