/**
 * The page's Parquet decoder, in a worker of its own (see ./decoderClient.ts): parquet-wasm turns a
 * slice of rows of the file it was last sent into an Arrow IPC stream, off the page's thread. The file
 * comes once, with the first slice asked of it; each stream goes back transferred, not copied.
 */
import initParquet, { readParquet } from 'parquet-wasm/esm';

/** A slice of rows to decode; `bytes` with the first slice of a file, `wasmUrl` with the first request. */
export interface DecodeRequest {
  id: number;
  wasmUrl?: string;
  bytes?: Uint8Array;
  rows?: { offset: number; limit: number };
  batchSize: number;
}

/** The slice as an Arrow IPC stream, or the decoder's error message. */
export type DecodeAnswer = { id: number; ipc: Uint8Array } | { id: number; error: string };

let ready: Promise<unknown> | null = null;
let file: Uint8Array | null = null;

self.addEventListener('message', async (event: MessageEvent<DecodeRequest>) => {
  const { id, wasmUrl, bytes, rows, batchSize } = event.data;
  try {
    if (wasmUrl) ready ??= initParquet({ module_or_path: wasmUrl });
    await ready;
    if (bytes) file = bytes;
    if (!file) throw new Error('no file to decode');
    const ipc = readParquet(file, { ...rows, batchSize }).intoIPCStream();
    self.postMessage({ id, ipc } satisfies DecodeAnswer, { transfer: [ipc.buffer] });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies DecodeAnswer);
  }
});
