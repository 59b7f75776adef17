import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { DbClient } from '../../data/client';
import { ColumnMappingNeeded, mappingCanHelp } from '../../data/columnMapping';
import { ExtractError, type LoadReport } from '../../data/loadReport';
import { DEMO_FILE_NAME } from '../startup/useDemoExtract';
import type { KeptFile } from './keptData';
import { fetchDemoBytes } from './loadedData';
import { INITIAL_LOADER_STATE, loaderReducer, type LoaderAction, type LoaderState } from './loaderState';
import { runLoad, type LoadMode, type LoadRequest } from './runLoad';

export type { LoadMode } from './runLoad';
export type { MappingStep } from './loaderState';

/** The state of user loads, and the actions that change it. */
export interface ExtractLoader extends LoaderState {
  /** The report of the latest load; null before any. */
  report: LoadReport | null;
  /** Reads a browser File and loads it. */
  loadFile(file: File, mode: LoadMode): Promise<void>;
  /** Loads the files in order (the first replaces, the rest are added): restoring kept data. */
  loadFiles(files: KeptFile[]): Promise<void>;
  /** Replaces whatever is loaded with the bundled demo extract. */
  backToDemo(): Promise<void>;
  /** Loads the file of the mapping step (or the only file loaded) again with `change` applied. */
  retry(change: Partial<LoadRequest>): Promise<void>;
  /** Opens the mapping step for the only file loaded, to change the mapping it was loaded with. */
  reviewMapping(): Promise<void>;
  /** Stops the load under way as its next stage starts; nothing of it is loaded. */
  cancel(): void;
  /** Hides the validation report, error or mapping step. */
  dismiss(): void;
}

/** One sentence for a failed load (an ExtractError already is one). */
function failureText(name: string, failure: unknown, signal: AbortSignal): string {
  if (signal.aborted) return `Loading ${name} was cancelled.`;
  if (failure instanceof ExtractError) return failure.message;
  return `${name} could not be loaded: ${failure instanceof Error ? failure.message : String(failure)}`;
}

/** What a failed load leads to: the mapping step when choosing columns could fix it, else the sentence. */
function failed(request: LoadRequest | null, label: string, failure: unknown, signal: AbortSignal): LoaderAction {
  if (request && failure instanceof ColumnMappingNeeded && mappingCanHelp(failure) && !signal.aborted) {
    return { type: 'mapping', step: { request: { ...request, reviewMapping: false }, needed: failure } };
  }
  return { type: 'failed', error: failureText(request?.name ?? label, failure, signal) };
}

/**
 * Loads files the user chooses into the page's engine. Files are read locally (`File.arrayBuffer`)
 * and handed to `loadExtract`; nothing is sent anywhere. On failure or cancel the previous data stays
 * loaded and only `error` changes; headers that do not make an extract open the mapping step instead.
 * `initialFiles` names what the engine holds before any user load.
 */
export function useExtractLoader(db: DbClient | null, initialFiles: string[]): ExtractLoader {
  const [state, dispatch] = useReducer(loaderReducer, INITIAL_LOADER_STATE);
  // Read inside async work, where the state captured when it started would be stale.
  const latest = useRef({ state, initialFiles, controller: null as AbortController | null });
  latest.current.state = state;
  latest.current.initialFiles = initialFiles;

  /** Loads each request in turn, stopping at the first failure. Ignored while another load runs. */
  const run = useCallback(async (requests: (() => Promise<LoadRequest>)[], label: string) => {
    if (!db || latest.current.controller) return;
    const controller = (latest.current.controller = new AbortController());
    dispatch({ type: 'start', label });
    let names = latest.current.state.loaded?.files ?? latest.current.initialFiles;
    let request: LoadRequest | null = null;
    try {
      for (const next of requests) {
        request = await next();
        const outcome = await runLoad(db, request, names, controller.signal, (progress) => dispatch({ type: 'progress', progress }));
        names = outcome.loaded.files;
        dispatch({ type: 'loaded', outcome, mode: request.mode });
      }
    } catch (failure: unknown) {
      dispatch(failed(request, label, failure, controller.signal));
    } finally {
      latest.current.controller = null;
      dispatch({ type: 'idle' });
    }
  }, [db]);

  const actions = useMemo(() => {
    /** The request to repeat: the mapping step's file, else the only file loaded (reloaded in its place). */
    const again = (): LoadRequest | null => {
      const { mapping, files } = latest.current.state;
      if (mapping) return mapping.request;
      return files.length === 1 ? { ...files[0], mode: 'replace' } : null;
    };
    const retry = async (change: Partial<LoadRequest>) => {
      const request = again();
      if (request) await run([async () => ({ ...request, ...change })], request.name);
    };
    return {
      loadFile: (file: File, mode: LoadMode) =>
        run([async () => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mode })], file.name),
      loadFiles: (kept: KeptFile[]) =>
        run(kept.map((file, index) => async () => ({ ...file, mode: index === 0 ? 'replace' : 'append' })), kept[0]?.name ?? ''),
      backToDemo: () => run([async () => ({ name: DEMO_FILE_NAME, bytes: await fetchDemoBytes(), mode: 'replace' })], DEMO_FILE_NAME),
      retry,
      reviewMapping: () => retry({ reviewMapping: true }),
      cancel: () => latest.current.controller?.abort(),
      dismiss: () => dispatch({ type: 'dismiss' }),
    };
  }, [run]);

  return { ...state, report: state.outcome?.report ?? null, ...actions };
}
