import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A static build that works from any path on any static host (intranet folder, a sub-path of a site):
// every URL is relative, and DuckDB-WASM's engines and workers ship inside dist/ (no CDN).
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  // DuckDB-WASM is imported as-is: its browser build is already ESM and its workers/wasm are `?url` assets.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
});
