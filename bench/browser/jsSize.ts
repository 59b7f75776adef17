/**
 * The app's own JavaScript, as the size target counts it: every `.js` file of the build's
 * assets except DuckDB's own worker scripts (the WebAssembly files are not JavaScript and are left out
 * too). The app's own client of the engine's worker counts with the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** DuckDB-WASM's worker scripts (`duckdb-browser-eh.worker-<hash>.js`, mvp, coi…). */
const DUCKDB_WORKER = /^duckdb-browser-[a-z]+(\.pthread)?\.worker/;
/** DuckDB-WASM's engines (`duckdb-eh-<hash>.wasm`, mvp, coi). */
const DUCKDB_WASM = /(^|\/)duckdb-[a-z]+-[^/]*\.wasm$/;

/** The app's own scripts among the asset file names (see the module comment). */
export function appScripts(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('.js') && !DUCKDB_WORKER.test(file)).sort();
}

/** The DuckDB engine files (wasm) among requested paths, each once. */
export function duckdbWasmRequests(paths: readonly string[]): string[] {
  return [...new Set(paths.map((path) => path.split('?')[0]).filter((path) => DUCKDB_WASM.test(path)))];
}

/** One script's size. */
export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The app's JavaScript: every script, and the totals of all of them and of those requested on opening. */
export interface JsSize {
  scripts: ScriptSize[];
  totalGzipBytes: number;
  /** Scripts requested when the page opens (the rest are lazy: e.g. Parquet decoding, the map). */
  onOpenGzipBytes: number;
  /**
   * The engine client's chunk (src/data/browserClient.ts: the app's client of DuckDB-WASM's worker):
   * counted in the totals, shown apart as it held DuckDB-WASM's own main-thread API until December 2026.
   */
  engineClientGzipBytes: number;
}

/** The chunk Vite names after src/data/browserClient.ts. */
const ENGINE_CLIENT = /^browserClient-[^/]*\.js$/;

/** Sizes of the app's scripts in `distDir/assets`; `requested` are paths the server saw on opening. */
export function measureJsSize(distDir: string, requested: readonly string[]): JsSize {
  const assets = join(distDir, 'assets');
  const scripts = appScripts(readdirSync(assets)).map((file) => {
    const bytes = readFileSync(join(assets, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const opened = new Set(requested.map((path) => path.split('/').pop()));
  const sum = (list: ScriptSize[]) => list.reduce((total, script) => total + script.gzipBytes, 0);
  return {
    scripts,
    totalGzipBytes: sum(scripts),
    onOpenGzipBytes: sum(scripts.filter((script) => opened.has(script.file))),
    engineClientGzipBytes: sum(scripts.filter((script) => ENGINE_CLIENT.test(script.file))),
  };
}
