import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build (dist/, made by `vite build` first) in real headless Chromium.
// One file at a time: each test file starts its own browser and a 34 MB engine, and CI has 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
