/**
 * The page's side of the Parquet decoder worker, against a stand-in worker that answers as the real one
 * does (the real one decodes in Chromium in the end-to-end tests: test/e2e/csp.test.ts loads a Parquet
 * file through the built app).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DecodeRequest } from '../../../src/data/parquet/decoder.worker';

/** Answers each request with the bytes it holds for the file (a "decoded" slice), or an error for a file of one byte. */
class StandInWorker extends EventTarget {
  static started: StandInWorker[] = [];
  readonly received: DecodeRequest[] = [];
  terminated = false;
  private file: Uint8Array | null = null;
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    super();
    StandInWorker.started.push(this);
  }
  postMessage(request: DecodeRequest): void {
    this.received.push(request);
    if (request.bytes) this.file = request.bytes;
    const file = this.file!;
    const answer = file.length === 1 ? { id: request.id, error: 'not a Parquet file' } : { id: request.id, ipc: Uint8Array.of(file[0], request.rows?.offset ?? 0) };
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: answer })));
  }
  fail(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', StandInWorker);
  vi.resetModules(); // a fresh client (and no worker) for each test
  StandInWorker.started = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const client = () => import('../../../src/data/parquet/decoderClient');

describe('Parquet decoder client', () => {
  it('sends a file to the worker once, with its first slice, and each slice back as asked', async () => {
    const { decodeParquetInWorker } = await client();
    const file = Uint8Array.of(7, 7, 7);
    const answers = await Promise.all([0, 100, 200].map((offset) => decodeParquetInWorker(file, { offset, limit: 100 }, 64, 'http://x/p.wasm')));
    expect(answers.map((ipc) => Array.from(ipc))).toEqual([[7, 0], [7, 100], [7, 200]]);
    const [worker] = StandInWorker.started;
    expect(StandInWorker.started).toHaveLength(1);
    expect(worker.options).toEqual({ type: 'module', name: 'parquet' });
    expect(worker.received.map((request) => request.bytes)).toEqual([file, undefined, undefined]);
    // Another file is sent in its turn.
    expect(Array.from(await decodeParquetInWorker(Uint8Array.of(9, 9), undefined, 64, 'http://x/p.wasm'))).toEqual([9, 0]);
    expect(worker.received.at(-1)!.bytes).toEqual(Uint8Array.of(9, 9));
  });

  it('rejects with the decoder\'s error, and fails what is waiting when the worker stops', async () => {
    const { decodeParquetInWorker } = await client();
    await expect(decodeParquetInWorker(Uint8Array.of(1), undefined, 64, 'http://x/p.wasm')).rejects.toThrow('not a Parquet file');
    const waiting = decodeParquetInWorker(Uint8Array.of(5, 5), undefined, 64, 'http://x/p.wasm');
    StandInWorker.started[0].fail('could not load');
    await expect(waiting).rejects.toThrow('the Parquet decoder stopped: could not load');
    expect(StandInWorker.started[0].terminated).toBe(true);
  });

  it('closes the worker once idle, so it does not keep the file, and starts another when asked again', async () => {
    const { decodeParquetInWorker } = await client();
    const file = Uint8Array.of(3, 3);
    await decodeParquetInWorker(file, undefined, 64, 'http://x/p.wasm');
    vi.advanceTimersByTime(4_000);
    await decodeParquetInWorker(file, { offset: 1, limit: 1 }, 64, 'http://x/p.wasm'); // the idle count starts again
    vi.advanceTimersByTime(4_000);
    expect(StandInWorker.started[0].terminated).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(StandInWorker.started[0].terminated).toBe(true);
    expect(Array.from(await decodeParquetInWorker(file, undefined, 64, 'http://x/p.wasm'))).toEqual([3, 0]);
    expect(StandInWorker.started).toHaveLength(2);
    expect(StandInWorker.started[1].received[0].bytes).toBe(file); // the new worker gets the file again
  });
});
