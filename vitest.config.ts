import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Ink switches to "CI mode" (no intermediate frames) when CI is set; the component tests
    // assert on every frame, so they run as an interactive session would.
    // XDG_CACHE_HOME / XDG_STATE_HOME: CLIs spawned by tests keep their parse cache (core/cache)
    // and crash reports out of the user's ~/.cache and ~/.local/state.
    env: {
      CI: 'false',
      XDG_CACHE_HOME: join(tmpdir(), 'blog-tui-test-cache'),
      XDG_STATE_HOME: join(tmpdir(), 'blog-tui-test-state'),
    },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
