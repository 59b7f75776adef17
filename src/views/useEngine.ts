import { useEffect, useState } from 'react';
import type { DbClient } from '../data/client';
import type { EngineProgress } from '../data/browserClient';

/** The page's DuckDB engine as React state: starting (with progress), ready (with its client) or failed. */
export type EngineState =
  | { status: 'starting'; progress: EngineProgress | null }
  | { status: 'ready'; db: DbClient }
  | { status: 'failed'; error: Error };

/**
 * Starts (or joins) the page's single DuckDB engine. The engine code and its Arrow dependency are
 * loaded lazily, so the page paints its loading indicator before they are parsed.
 */
export function useEngine(): EngineState {
  const [state, setState] = useState<EngineState>({ status: 'starting', progress: null });
  useEffect(() => {
    let live = true;
    import('../data/browserClient')
      .then(({ openBrowserClient }) =>
        openBrowserClient((progress) => {
          if (live && progress.stage !== 'ready') setState({ status: 'starting', progress });
        }),
      )
      .then(
        (db) => live && setState({ status: 'ready', db }),
        (error: unknown) => live && setState({ status: 'failed', error: asError(error) }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Short text for the loading indicator at each start-up stage. */
export function describeProgress(progress: EngineProgress | null): { label: string; fraction: number | null; detail?: string } {
  if (!progress || progress.stage === 'selecting') return { label: 'Starting the database engine…', fraction: null };
  if (progress.stage === 'downloading') {
    const { bytesLoaded, bytesTotal } = progress;
    if (bytesTotal > 0) {
      return {
        label: 'Loading the database engine…',
        fraction: bytesLoaded / bytesTotal,
        detail: `${megabytes(bytesLoaded)} of ${megabytes(bytesTotal)} MB`,
      };
    }
    return { label: 'Loading the database engine…', fraction: null };
  }
  return { label: 'Opening the database…', fraction: null };
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
