import { useCallback, useRef, useState } from 'react';
import type { DbClient } from '../../data/client';
import { ColumnMappingNeeded, mappingCanHelp } from '../../data/columnMapping';
import type { LoadProgress } from '../../data/ingest';
import { ExtractError, type LoadReport } from '../../data/loadReport';
import { DEMO_FILE_NAME } from '../startup/useDemoExtract';
import type { KeptFile } from './keptData';
import { fetchDemoBytes, type LoadedData } from './loadedData';
import { runLoad, type LoadMode, type LoadOutcome, type LoadRequest } from './runLoad';

export type { LoadMode } from './runLoad';

/** The column-mapping step, open: the file waiting to be loaded and what its headers lack. */
export interface MappingStep {
  request: LoadRequest;
  needed: ColumnMappingNeeded;
}

/** The state of user loads, and the actions that change it. */
export interface ExtractLoader {
  /** What is loaded after the latest successful user load; null while the start-up demo is all there is. */
  loaded: LoadedData | null;
  /** The latest successful load: its report (shown in the validation panel) and notes; null before any or once dismissed. */
  outcome: LoadOutcome | null;
  /** The report of the latest load; null before any. */
  report: LoadReport | null;
  /** The one-sentence reason the latest load failed or was cancelled (the previous data stays loaded). */
  error: string | null;
  /** The name of the file being read, or null when idle. */
  busy: string | null;
  /** The stage of the load under way (null when idle or before the engine starts on it). */
  progress: LoadProgress | null;
  /** The mapping step, when a file's headers need the user (nothing is loaded until they choose). */
  mapping: MappingStep | null;
  /** The files loaded by the user, in order, as loaded (for keeping them and for reloads). */
  files: KeptFile[];
  /** Bumped after every successful load: the dashboard re-queries when it changes. */
  version: number;
  /** Reads a browser File and loads it. */
  loadFile(file: File, mode: LoadMode): Promise<void>;
  /** Loads the files in order (the first replaces, the rest are added): restoring kept data. */
  loadFiles(files: KeptFile[]): Promise<void>;
  /** Replaces whatever is loaded with the bundled demo extract. */
  backToDemo(): Promise<void>;
  /** Loads the file of the mapping step (or the latest file) again with `change` applied. */
  retry(change: Partial<LoadRequest>): Promise<void>;
  /** Opens the mapping step for the latest file, to change the mapping it was loaded with. */
  reviewMapping(): Promise<void>;
  /** Stops the load under way at its next stage; nothing of it is loaded. */
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

/**
 * Loads files the user chooses into the page's engine. Files are read locally (`File.arrayBuffer`)
 * and handed to `loadExtract`; nothing is sent anywhere. On failure or cancel the previous data stays
 * loaded and only `error` changes; headers that do not make an extract open the mapping step instead.
 * `initialFiles` names what the engine holds before any user load.
 */
export function useExtractLoader(db: DbClient | null, initialFiles: string[]): ExtractLoader {
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);
  const [loaded, setLoaded] = useState<LoadedData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [mapping, setMapping] = useState<MappingStep | null>(null);
  const [files, setFiles] = useState<KeptFile[]>([]);
  const [version, setVersion] = useState(0);
  // Read inside async work, where state captured at the start would be stale.
  const current = useRef({ files, names: loaded?.files ?? initialFiles, busy: false, controller: null as AbortController | null });
  current.current.files = files;
  current.current.names = loaded?.files ?? initialFiles;

  /** Loads each request in turn; true when all loaded. Must be called while idle. */
  const run = useCallback(async (requests: (() => Promise<LoadRequest>)[], label: string) => {
    if (!db || current.current.busy) return;
    const controller = new AbortController();
    Object.assign(current.current, { busy: true, controller });
    setBusy(label);
    setProgress(null);
    setError(null);
    setMapping(null);
    setOutcome(null); // the report shown is always the latest load's
    let request: LoadRequest | null = null;
    try {
      for (const next of requests) {
        request = await next();
        const done = await runLoad(db, request, current.current.names, controller.signal, setProgress);
        current.current.names = done.loaded.files;
        current.current.files = request.mode === 'append' ? [...current.current.files, done.file] : [done.file];
        setOutcome(done);
        setLoaded(done.loaded);
        setFiles(current.current.files);
        setVersion((v) => v + 1);
      }
    } catch (failure: unknown) {
      setOutcome(null);
      const step = failure instanceof ColumnMappingNeeded && mappingCanHelp(failure) && !controller.signal.aborted;
      if (step && request) setMapping({ request: { ...request, reviewMapping: false }, needed: failure });
      else setError(failureText(request?.name ?? label, failure, controller.signal));
    } finally {
      Object.assign(current.current, { busy: false, controller: null });
      setBusy(null);
      setProgress(null);
    }
  }, [db]);

  const loadFile = useCallback((file: File, mode: LoadMode) =>
    run([async () => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mode })], file.name), [run]);
  const loadFiles = useCallback((kept: KeptFile[]) =>
    run(kept.map((file, index) => async () => ({ ...file, mode: index === 0 ? 'replace' : 'append' })), kept[0]?.name ?? ''), [run]);
  const backToDemo = useCallback(() =>
    run([async () => ({ name: DEMO_FILE_NAME, bytes: await fetchDemoBytes(), mode: 'replace' })], DEMO_FILE_NAME), [run]);
  /** The request to repeat: the mapping step's file, else the latest file (reloaded in its place). */
  const again = useCallback((): LoadRequest | null => {
    if (mapping) return mapping.request;
    const last = current.current.files.at(-1);
    return last && current.current.files.length === 1 ? { ...last, mode: 'replace' } : null;
  }, [mapping]);
  const retry = useCallback(async (change: Partial<LoadRequest>) => {
    const request = again();
    if (request) await run([async () => ({ ...request, ...change })], request.name);
  }, [again, run]);
  const reviewMapping = useCallback(() => retry({ reviewMapping: true }), [retry]);
  const cancel = useCallback(() => current.current.controller?.abort(), []);
  const dismiss = useCallback(() => {
    setOutcome(null);
    setError(null);
    setMapping(null);
  }, []);

  return {
    loaded, outcome, report: outcome?.report ?? null, error, busy, progress, mapping, files, version,
    loadFile, loadFiles, backToDemo, retry, reviewMapping, cancel, dismiss,
  };
}
