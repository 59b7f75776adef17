import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node against the real DuckDB engine (the WASM package's Node build).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
