/**
 * DuckDB-WASM's worker, spoken to directly. Every request the dashboard makes is one message of the
 * worker's protocol (`{ messageId, type, data }`, answered by `{ requestId, type, data }`, its types the
 * package's `WorkerRequestType`/`WorkerResponseType`), and every answer it needs is bytes or a number,
 * so the package's main-thread API (its classes, result streams and Apache Arrow) is not part of the
 * app: 6 kB gzip less on every page load. The package version is pinned (package.json) with this protocol.
 * Also the bundle choice: the `eh` engine where WebAssembly exceptions are supported, else `mvp`.
 */
import type { WorkerRequestType } from '@duckdb/duckdb-wasm';

/** Progress of the engine's download, as the worker reports it. */
interface DownloadProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

/** An error the worker answered with, as an Error with the engine's message. */
function engineError(data: { name?: string; message?: string } | undefined): Error {
  const error = new Error(data?.message ?? 'The database engine failed.');
  if (data?.name) error.name = data.name;
  return error;
}

/**
 * Requests to one DuckDB worker, each answered in turn (see the module comment). The worker's own
 * protocol never answers a request once the worker has died (a script that failed to load, an error
 * thrown outside a request), so a worker error, like `terminate`, fails every request still waiting
 * and every later one: nothing waits forever.
 */
export class EngineWorker {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(data: unknown): void; reject(error: Error): void }>();
  private stopped: Error | null = null;

  constructor(private readonly worker: Worker, private readonly onDownload?: (progress: DownloadProgress) => void) {
    worker.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    worker.addEventListener('error', (event: ErrorEvent) => {
      this.stop(new Error(`The database engine's worker stopped: ${event.message || 'it could not be loaded'}.`));
    });
  }

  /** Sends one request; resolves with the answer's data, or rejects with the engine's error. */
  request<T = void>(type: `${WorkerRequestType}`, data: unknown = null, transfer: Transferable[] = []): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const messageId = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(messageId, { resolve: resolve as (data: unknown) => void, reject });
      this.worker.postMessage({ messageId, type, data }, transfer);
    });
  }

  terminate(): void {
    this.worker.terminate();
    this.stop(new Error('The database engine was closed.'));
  }

  /** Fails every request waiting and every later one with `error` (the first reason kept). */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private receive(message: { requestId?: number; type: string; data: unknown }): void {
    if (message.type === 'INSTANTIATE_PROGRESS') this.onDownload?.(message.data as DownloadProgress);
    // Progress and log messages carry the id of the request they report on, but do not answer it.
    if (message.type === 'INSTANTIATE_PROGRESS' || message.type === 'PROGRESS_UPDATE' || message.type === 'LOG') return;
    if (message.requestId === undefined) return;
    const waiting = this.pending.get(message.requestId);
    if (!waiting) return;
    this.pending.delete(message.requestId);
    if (message.type === 'ERROR') waiting.reject(engineError(message.data as { name?: string; message?: string }));
    else waiting.resolve(message.data);
  }
}

/**
 * Whether this browser runs WebAssembly exceptions (the `eh` engine, smaller and faster): a module of
 * one function holding one empty `try` block, which only such a browser validates. Written from the
 * WebAssembly binary format: magic and version, a type section (one `() -> ()`), a function section,
 * and a code section whose body is `try (empty) end end`.
 */
export function supportsWasmExceptions(): boolean {
  const module = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 6, 64, 11, 11]);
  try {
    return WebAssembly.validate(module);
  } catch {
    return false;
  }
}
