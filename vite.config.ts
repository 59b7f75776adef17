import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { prerender, PRERENDER_GUARD_HASH } from './build/prerender';

/**
 * The built app's Content-Security-Policy: everything from the app's own origin, nothing remote.
 * - script-src 'wasm-unsafe-eval': DuckDB-WASM and parquet-wasm compile WebAssembly (no JS eval allowed);
 *   the one inline script, the prerendered page's one-line guard (build/prerender.ts), by its hash.
 * - worker-src blob:: DuckDB's worker starts inside a small blob: wrapper (src/data/browserClient.ts).
 * - img-src data: blob:: PNG export draws the chart's SVG through an image; downloads are blob: URLs.
 * - style-src 'unsafe-inline': charts (Observable Plot) carry inline style attributes and <style> elements,
 *   and index.html inlines its first-paint rule. Styles cannot run code; scripts stay 'self' only.
 * - object-src/base-uri/form-action: nothing to embed, no <base> to hijack, no form posts anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${PRERENDER_GUARD_HASH}`,
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html only: the dev server's hot reload needs inline scripts, and a
 * meta tag (rather than a header) travels with dist/ to any static host.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'cse-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, so the policy governs every style and script that follows.
      handler: (html) => html.replace(/(<meta charset="UTF-8" \/>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

// A static build that works from any path on any static host (intranet folder, a sub-path of a site):
// every URL is relative, and DuckDB-WASM's engines and workers ship inside dist/ (no CDN).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), prerender()],
  worker: { format: 'es' },
  // DuckDB-WASM's workers and wasm are `?url` assets; the app speaks to the worker itself (src/data/engineWorker.ts).
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
});
