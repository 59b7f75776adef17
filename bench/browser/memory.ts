/**
 * Memory of a benchmark page after a load, read over the Chrome DevTools Protocol after a garbage
 * collection (so it is what the page retains, not garbage not yet collected):
 * - the tab's JavaScript heap: `Performance.getMetrics` → `JSHeapUsedSize` on the page;
 * - the DuckDB worker's JavaScript heap: `Runtime.getHeapUsage` → `usedSize` in the worker target;
 * - the DuckDB worker's WebAssembly memory: the byte length of the engine's linear memory, read in the
 *   worker from DuckDB-WASM's own global (`DUCKDB_BINDINGS.mod.HEAPU8`, an internal of 1.32). Linear
 *   memory only grows, so this is the engine's high-water mark: table data, indexes and buffers.
 */
import type { CDPSession, Page } from 'playwright-core';

/** Sizes in bytes; null when the value could not be read (e.g. the engine's internals moved). */
export interface MemorySample {
  pageHeapBytes: number;
  workerHeapBytes: number | null;
  wasmBytes: number | null;
}

const WASM_BYTES = 'globalThis.DUCKDB_BINDINGS?.mod?.HEAPU8?.byteLength ?? null';

/**
 * Sends one command to a worker through the browser session (non-flattened attach: playwright-core
 * has no session object for dedicated workers) and resolves with its result.
 */
function sendToTarget(browser: CDPSession, sessionId: string, method: string, params: object = {}): Promise<Record<string, unknown>> {
  const id = Math.floor(Math.random() * 1e9);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${method}: no answer from the worker`)), 30_000);
    const onMessage = (event: { sessionId?: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      if (event.sessionId !== sessionId || message.id !== id) return;
      clearTimeout(timer);
      browser.off('Target.receivedMessageFromTarget', onMessage);
      if (message.error) reject(new Error(`${method}: ${message.error.message}`));
      else resolve(message.result ?? {});
    };
    browser.on('Target.receivedMessageFromTarget', onMessage);
    void browser.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  });
}

/** The worker's JS heap and the engine's linear memory (nulls when there is no worker or no answer). */
async function workerMemory(page: Page): Promise<Pick<MemorySample, 'workerHeapBytes' | 'wasmBytes'>> {
  const browserSession = await page.context().browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    // DuckDB's worker by the name the app gives it: a Parquet load has a decoder worker of its own too.
    const worker = targetInfos.find((target) => target.type === 'worker' && target.title === 'duckdb');
    if (!worker) return { workerHeapBytes: null, wasmBytes: null };
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    await sendToTarget(browserSession, sessionId, 'HeapProfiler.collectGarbage');
    const heap = await sendToTarget(browserSession, sessionId, 'Runtime.getHeapUsage');
    const wasm = await sendToTarget(browserSession, sessionId, 'Runtime.evaluate', { expression: WASM_BYTES, returnByValue: true });
    const wasmValue = (wasm.result as { value?: unknown } | undefined)?.value;
    await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return { workerHeapBytes: Number(heap.usedSize ?? NaN) || null, wasmBytes: typeof wasmValue === 'number' ? wasmValue : null };
  } catch {
    return { workerHeapBytes: null, wasmBytes: null };
  } finally {
    await browserSession.detach().catch(() => undefined);
  }
}

/** The page's JS heap and the DuckDB worker's memory, now (after a garbage collection in each). */
export async function measureMemory(page: Page): Promise<MemorySample> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  const pageHeapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  return { pageHeapBytes, ...(await workerMemory(page)) };
}
