import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure modules, no build needed), `build` (checks the built dist/),
// `browser` (Chromium against dist/ served on 127.0.0.1). `npm test` builds first, then runs all.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: browser tests each run a Chromium; more workers only thrash.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { test: { name: 'unit', include: ['tests/{physics,data,figures,lib,components,values}/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/global-setup.ts'],
          // Generous: on a loaded 2-core machine one axe pass over a widget page can take minutes.
          // No retries: a test that fails once has found something (a defect or a flaky test to fix).
          testTimeout: 300_000,
        },
      },
    ],
  },
});
