import { defineConfig } from 'vitest/config';

// vitest 5 declares Node ^22.12; on Node 20 its reporter calls Map.groupBy (Node 21+) while printing a
// failure, and crashes instead of showing it. This config runs in the reporter's process, so fill it in here.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

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
