/**
 * Parquet decoded off the page's thread. parquet-wasm decodes a slice of 250,000 rows in 0.7–1.2 s; on
 * the page's thread that was a task of that length per slice (no paint, no Cancel), and the rows could
 * not be checked meanwhile. A worker of our own (./decoder.worker.ts) decodes instead, so the loader can
 * check one slice while the next is decoded (src/data/reading/checkRows.ts). The file is copied to the
 * worker once, with its first slice; the worker is closed once no slice has been asked for a while, so
 * it does not hold a copy of the file after the load.
 */
import type { RowSlice } from '../client';
import type { DecodeAnswer, DecodeRequest } from './decoder.worker';

/** The worker is closed this long after its last answer, if nothing else was asked meanwhile. */
const IDLE_MS = 5_000;

interface Decoder {
  worker: Worker;
  /** The file the worker holds, by identity. */
  file: Uint8Array | null;
  waiting: Map<number, { resolve(ipc: Uint8Array): void; reject(error: Error): void }>;
  idle?: ReturnType<typeof setTimeout>;
}

let decoder: Decoder | null = null;
let nextId = 0;

/** Fails every request waiting and closes the worker. */
function close(current: Decoder, error: Error): void {
  current.worker.terminate();
  for (const waiting of current.waiting.values()) waiting.reject(error);
  current.waiting.clear();
  if (decoder === current) decoder = null;
}

function start(): Decoder {
  const worker = new Worker(new URL('./decoder.worker.ts', import.meta.url), { type: 'module', name: 'parquet' });
  const current: Decoder = { worker, file: null, waiting: new Map() };
  worker.addEventListener('message', (event: MessageEvent<DecodeAnswer>) => {
    const answer = event.data;
    const waiting = current.waiting.get(answer.id);
    if (!waiting) return;
    current.waiting.delete(answer.id);
    if ('ipc' in answer) waiting.resolve(answer.ipc);
    else waiting.reject(new Error(answer.error));
    if (current.waiting.size === 0) current.idle = setTimeout(() => close(current, new Error('The Parquet decoder was closed.')), IDLE_MS);
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    close(current, new Error(`the Parquet decoder stopped: ${event.message || 'it could not be loaded'}`));
  });
  return current;
}

/**
 * Rows `rows` (all when absent) of the Parquet file `bytes` as an Arrow IPC stream, in record batches
 * of `batchSize` rows, decoded in the worker; `wasmUrl` is parquet-wasm's engine, absolute.
 */
export function decodeParquetInWorker(bytes: Uint8Array, rows: RowSlice | undefined, batchSize: number, wasmUrl: string): Promise<Uint8Array> {
  const current = (decoder ??= start());
  clearTimeout(current.idle);
  const id = nextId++;
  const request: DecodeRequest = { id, wasmUrl, rows, batchSize, ...(current.file === bytes ? {} : { bytes }) };
  current.file = bytes;
  return new Promise((resolve, reject) => {
    current.waiting.set(id, { resolve, reject });
    current.worker.postMessage(request);
  });
}
