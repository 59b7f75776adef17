/**
 * DbClient over DuckDB-WASM in a Web Worker: the dashboard's engine. Same engine and same reader of
 * its Arrow IPC results (src/data/arrow/) as `nodeClient.ts`, so a query returns identical rows in both.
 *
 * Everything is served by the app itself: the wasm engines and the workers are `?url` assets in dist/.
 */
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { OFFLINE_SETTINGS, PARQUET_BATCH_ROWS, warmMemorySql, type DbClient, type RowSlice, type SqlParam } from './client';
import { preparedQueries } from './preparedQueries';
import { EngineWorker, supportsWasmExceptions } from './engineWorker';

/** Where start-up is. `bytesLoaded`/`bytesTotal` describe the wasm download (total 0 while unknown). */
export interface EngineProgress {
  stage: 'selecting' | 'downloading' | 'opening' | 'ready';
  /** Which engine build was chosen: `eh` (WebAssembly exceptions, every current browser) or `mvp`. */
  bundle: 'eh' | 'mvp' | null;
  bytesLoaded: number;
  bytesTotal: number;
}

export type ProgressListener = (progress: EngineProgress) => void;

/** The DbClient, plus `readFile`: the bytes of a file the engine wrote, e.g. by `COPY (…) TO 'x.parquet'`. */
export type BrowserDbClient = DbClient & { readFile(name: string): Promise<Uint8Array> };

/**
 * Performance marks, readable with `performance.getEntriesByName(...)`: start and ready, plus
 * `duckdb:stage:<stage>` when each stage begins.
 */
export const ENGINE_START_MARK = 'duckdb:start';
export const ENGINE_READY_MARK = 'duckdb:ready';

let engineStarted: Promise<BrowserDbClient> | null = null;
const listeners = new Set<ProgressListener>();
let lastProgress: EngineProgress | null = null;

/**
 * Starts the engine once per page and resolves to its client. Later calls return the same client
 * (their `onProgress` still hears the remaining progress, starting with the latest state).
 * If start-up fails, the promise rejects and the next call tries again.
 */
export function openBrowserClient(onProgress?: ProgressListener): Promise<BrowserDbClient> {
  if (onProgress) {
    listeners.add(onProgress);
    if (lastProgress) onProgress(lastProgress);
  }
  if (!engineStarted) {
    engineStarted = start().then(
      (client) => {
        listeners.clear();
        return client;
      },
      (error: unknown) => {
        engineStarted = null;
        lastProgress = null;
        listeners.clear();
        throw error;
      },
    );
  }
  return engineStarted;
}

function report(progress: EngineProgress): void {
  if (progress.stage !== lastProgress?.stage) performance.mark(`duckdb:stage:${progress.stage}`);
  lastProgress = progress;
  for (const listener of listeners) {
    try {
      listener(progress);
    } catch {
      // A broken progress display must not break start-up.
    }
  }
}

async function start(): Promise<BrowserDbClient> {
  performance.mark(ENGINE_START_MARK);
  report({ stage: 'selecting', bundle: null, bytesLoaded: 0, bytesTotal: 0 });
  const bundle = supportsWasmExceptions() ? 'eh' : 'mvp';
  const [wasm, workerScript] = bundle === 'eh' ? [ehWasm, ehWorker] : [mvpWasm, mvpWorker];
  const { worker, dispose } = startWorker(absolute(workerScript));
  const engine = new EngineWorker(worker, (p) => report({ stage: 'downloading', bundle, bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal }));
  try {
    report({ stage: 'downloading', bundle, bytesLoaded: 0, bytesTotal: 0 });
    await engine.request('INSTANTIATE', [absolute(wasm), null]);
    report({ stage: 'opening', bundle, bytesLoaded: 0, bytesTotal: 0 });
    await engine.request('OPEN', { query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const connection = await engine.request<number>('CONNECT');
    await engine.request('RUN_QUERY', [connection, OFFLINE_SETTINGS]);
    const client = makeClient(engine, connection, dispose);
    performance.mark(ENGINE_READY_MARK);
    report({ stage: 'ready', bundle, bytesLoaded: 0, bytesTotal: 0 });
    return client;
  } catch (error) {
    engine.terminate();
    dispose();
    throw error;
  }
}

function makeClient(engine: EngineWorker, connection: number, dispose: () => void): BrowserDbClient {
  const run = (sql: string) => engine.request<Uint8Array>('RUN_QUERY', [connection, sql]);
  const createPrepared = (sql: string) => engine.request<number>('CREATE_PREPARED', [connection, sql]);
  const runPrepared = (statement: number, params: readonly SqlParam[]) => engine.request<Uint8Array>('RUN_PREPARED', [connection, statement, [...params]]);
  const closePrepared = (statement: number) => engine.request('CLOSE_PREPARED', [connection, statement]);
  const { query, prepare, statements } = preparedQueries({ run, prepare: createPrepared, runPrepared, closePrepared });
  return {
    query,
    prepare,
    async exec(sql) {
      statements.clear();
      await run(sql);
    },
    async registerFile(name, bytes) {
      // The buffer is handed over (detached): a copy, so the caller's bytes stay usable.
      const copy = bytes.slice();
      await engine.request('REGISTER_FILE_BUFFER', [name, copy], [copy.buffer]);
    },
    async readFile(name) {
      return engine.request<Uint8Array>('COPY_FILE_TO_BUFFER', name);
    },
    decodeParquet,
    async insertArrow(table, ipc) {
      statements.clear();
      await engine.request('INSERT_ARROW_FROM_IPC_STREAM', [connection, ipc, { name: table, create: true }], [ipc.buffer]);
    },
    async warmMemory(bytes) {
      await run(warmMemorySql(bytes));
    },
    async dropFile(name) {
      await engine.request('DROP_FILE', name);
    },
    async close() {
      statements.clear();
      engineStarted = null;
      lastProgress = null;
      await engine.request('DISCONNECT', connection).catch(() => undefined);
      engine.terminate();
      dispose();
    },
  };
}

/**
 * Starts DuckDB's worker inside a small wrapper, because the worker never answers INSTANTIATE when the
 * wasm download or compile fails (an unhandled rejection inside it): the wrapper answers that request
 * with an ERROR. A worker script that fails to load is an error event, which EngineWorker turns into
 * failed requests.
 */
function startWorker(scriptUrl: string): { worker: Worker; dispose: () => void } {
  const source = `
let instantiateId = null;
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'INSTANTIATE') instantiateId = event.data.messageId;
});
const post = self.postMessage.bind(self);
self.postMessage = (message, transfer) => {
  if (message && message.requestId === instantiateId && message.type !== 'INSTANTIATE_PROGRESS') instantiateId = null;
  post(message, transfer);
};
self.addEventListener('unhandledrejection', (event) => {
  if (instantiateId === null) return;
  const reason = event.reason;
  const message = reason && reason.message ? reason.message : String(reason);
  post({ messageId: -1, requestId: instantiateId, type: 'ERROR',
    data: { name: 'Error', message: 'Could not load the database engine (' + message + ').' } }, []);
  instantiateId = null;
});
importScripts(${JSON.stringify(scriptUrl)});
`;
  const wrapperUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(wrapperUrl, { name: 'duckdb' });
  return { worker, dispose: () => URL.revokeObjectURL(wrapperUrl) };
}

/** Parquet → Arrow IPC with parquet-wasm, in a worker of its own, started when a Parquet file is first opened. */
async function decodeParquet(bytes: Uint8Array, rows?: RowSlice): Promise<Uint8Array> {
  const [{ decodeParquetInWorker }, wasm] = await Promise.all([
    import('./parquet/decoderClient'),
    import('parquet-wasm/esm/parquet_wasm_bg.wasm?url'),
  ]);
  return decodeParquetInWorker(bytes, rows, PARQUET_BATCH_ROWS, absolute(wasm.default));
}

/** The worker resolves URLs against its own location, so hand it absolute ones. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}
