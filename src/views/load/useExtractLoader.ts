import { useCallback, useState } from 'react';
import type { DbClient } from '../../data/client';
import { loadExtract } from '../../data/ingest';
import { ExtractError, type LoadReport } from '../../data/loadReport';
import { DEMO_FILE_NAME } from '../startup/useDemoExtract';
import { describeLoaded, fetchDemoBytes, type LoadedData } from './loadedData';

/** How a file joins the data: `replace` starts over, `append` adds it to what is loaded. */
export type LoadMode = 'replace' | 'append';

/** The state of user loads, and the actions that change it. */
export interface ExtractLoader {
  /** What is loaded after the latest successful user load; null while the start-up demo is all there is. */
  loaded: LoadedData | null;
  /** The report of the latest load (shown in the validation panel); null before any. */
  report: LoadReport | null;
  /** The one-sentence reason the latest load failed (the previous data stays loaded). */
  error: string | null;
  /** The name of the file being read, or null when idle. */
  busy: string | null;
  /** Bumped after every successful load: the dashboard re-queries when it changes. */
  version: number;
  /** Reads a browser File and loads it. */
  loadFile(file: File, mode: LoadMode): Promise<void>;
  /** Replaces whatever is loaded with the bundled demo extract. */
  backToDemo(): Promise<void>;
  /** Hides the validation report or error. */
  dismiss(): void;
}

/**
 * Loads files the user chooses into the page's engine. Files are read locally (`File.arrayBuffer`)
 * and handed to `loadExtract`; nothing is sent anywhere. On failure the previous data stays loaded
 * and only `error` changes. `initialFiles` names what the engine holds before any user load.
 */
export function useExtractLoader(db: DbClient | null, initialFiles: string[]): ExtractLoader {
  const [loaded, setLoaded] = useState<LoadedData | null>(null);
  const [report, setReport] = useState<LoadReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const currentFiles = loaded?.files ?? initialFiles;

  const run = useCallback(
    async (name: string, read: () => Promise<Uint8Array>, mode: LoadMode) => {
      if (!db || busy) return;
      setBusy(name);
      setError(null);
      try {
        const bytes = await read();
        const next = await loadExtract(db, { name, bytes }, { mode });
        const files = mode === 'append' ? [...currentFiles, name] : [name];
        setLoaded(await describeLoaded(db, files));
        setReport(next);
        setVersion((v) => v + 1);
      } catch (failure: unknown) {
        setReport(null);
        setError(
          failure instanceof ExtractError
            ? failure.message
            : `${name} could not be loaded: ${failure instanceof Error ? failure.message : String(failure)}`,
        );
      } finally {
        setBusy(null);
      }
    },
    [db, busy, currentFiles],
  );

  const loadFile = useCallback(
    (file: File, mode: LoadMode) => run(file.name, async () => new Uint8Array(await file.arrayBuffer()), mode),
    [run],
  );
  const backToDemo = useCallback(() => run(DEMO_FILE_NAME, fetchDemoBytes, 'replace'), [run]);
  const dismiss = useCallback(() => {
    setReport(null);
    setError(null);
  }, []);

  return { loaded, report, error, busy, version, loadFile, backToDemo, dismiss };
}
