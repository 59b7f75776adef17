import { useEffect, useState } from 'react';
import demoUrl from '../../../data/demo-extract.csv?url';
import type { DbClient } from '../../data/client';
import { loadExtract } from '../../data/ingest';
import type { LoadReport } from '../../data/loadReport';
import { dataExtent, type DataExtent } from '../../queries/extent';

/** The demo extract's file name, as shown to users. */
export const DEMO_FILE_NAME = 'demo-extract.csv';

/** Performance mark set when the demo extract is in the `records` table (for start-up timing). */
export const DATA_READY_MARK = 'dashboard:data-ready';

/** Where loading the extract is: fetching its bytes (with progress when the size is known), reading it, or done. */
export type ExtractState =
  | { status: 'fetching'; bytesLoaded: number; bytesTotal: number }
  | { status: 'reading' }
  | { status: 'ready'; report: LoadReport; extent: DataExtent }
  | { status: 'failed'; error: Error };

/**
 * Fetches the bundled demo extract from the app itself (Vite serves it as an asset: no other host)
 * and loads it into the engine with the reading rules. Runs once per engine.
 */
export function useDemoExtract(db: DbClient | null): ExtractState {
  const [state, setState] = useState<ExtractState>({ status: 'fetching', bytesLoaded: 0, bytesTotal: 0 });
  useEffect(() => {
    if (!db) return;
    let live = true;
    const update = (next: ExtractState) => live && setState(next);
    (async () => {
      const bytes = await fetchWithProgress(new URL(demoUrl, document.baseURI).href, (bytesLoaded, bytesTotal) =>
        update({ status: 'fetching', bytesLoaded, bytesTotal }),
      );
      update({ status: 'reading' });
      const report = await loadExtract(db, { name: DEMO_FILE_NAME, bytes });
      const extent = await dataExtent(db);
      performance.mark(DATA_READY_MARK);
      update({ status: 'ready', report, extent });
    })().catch((error: unknown) => update({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }));
    return () => {
      live = false;
    };
  }, [db]);
  return state;
}

/**
 * Reads a same-origin file into bytes. Progress is reported at the start and the end only: the file
 * arrives from the app's own server in well under a second, and reading the body as one buffer lets the
 * browser finish the request cleanly (a stream reader left it marked aborted in Chromium).
 */
async function fetchWithProgress(url: string, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The demo extract could not be downloaded (HTTP ${response.status}).`);
  const total = Number(response.headers.get('Content-Length') ?? 0) || 0;
  onProgress(0, total);
  const bytes = new Uint8Array(await response.arrayBuffer());
  onProgress(bytes.length, bytes.length);
  return bytes;
}
