import { useCallback, useEffect, useRef, useState } from 'react';
import { DEMO_FILE_NAME } from '../startup/useDemoExtract';
import { forgetEverything, forgetKeptFiles, keepData, keptData, type KeptFile } from './keptData';
import type { ExtractLoader } from './useExtractLoader';

/** The consent and what it did: whether the data is kept, and the last thing that happened to it. */
export interface KeptDataHandle {
  /** The user's consent: the loaded files are stored while this is true. */
  keep: boolean;
  /** A sentence on what was done (restored, kept, forgotten), or why storing failed. */
  status: string | null;
  /** Whether there are files of the user's to keep (the demo alone is never stored). */
  keepable: boolean;
  setKeep(keep: boolean): void;
  /** Removes everything this app stored in the browser, and withdraws the consent. */
  forget(): void;
}

const userFiles = (files: KeptFile[]) => (files.every((file) => file.name === DEMO_FILE_NAME) ? [] : files);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Consent-based persistence: on start, kept files are restored (replayed through the loader); while
 * consent is given, every load's files are stored again; withdrawing it deletes them.
 */
export function useKeptData(loader: ExtractLoader): KeptDataHandle {
  const [keep, setKeepState] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const saved = useRef<KeptFile[]>([]);
  const { loadFiles, files } = loader;

  useEffect(() => {
    let live = true;
    (async () => {
      const data = await keptData();
      if (!live || !data) return;
      // Consent is shown as given only once the files are back, so the store is not rewritten half-way.
      saved.current = data.files;
      await loadFiles(data.files);
      setKeepState(true);
      setStatus(`Restored from this browser (kept ${new Date(data.keptAt).toLocaleString('en-GB')}).`);
    })().catch((error: unknown) => live && setStatus(`The data kept in this browser could not be read: ${message(error)}`));
    return () => {
      live = false;
    };
  }, [loadFiles]);

  // While consent is given, what is stored follows what is loaded.
  useEffect(() => {
    if (!keep) return;
    const toKeep = userFiles(files);
    const same = toKeep.length === saved.current.length && toKeep.every((file, i) => file.bytes === saved.current[i].bytes);
    if (same) return;
    saved.current = toKeep;
    const work = toKeep.length ? keepData(toKeep) : forgetKeptFiles();
    work.then(() => setStatus(toKeep.length ? 'Kept in this browser.' : null), (error: unknown) =>
      setStatus(`The data could not be kept in this browser: ${message(error)}`));
  }, [keep, files]);

  const setKeep = useCallback((next: boolean) => {
    setKeepState(next);
    if (next) return; // the effect above stores the files
    saved.current = [];
    forgetKeptFiles().then(() => setStatus('No longer kept in this browser.'), (error: unknown) => setStatus(message(error)));
  }, []);

  const forget = useCallback(() => {
    setKeepState(false);
    saved.current = [];
    forgetEverything().then(
      () => setStatus('Forgotten: nothing of this data or its column mappings is stored in this browser. It stays on screen until you reload.'),
      (error: unknown) => setStatus(`Not everything could be removed: ${message(error)}`),
    );
  }, []);

  return { keep, status, keepable: userFiles(files).length > 0, setKeep, forget };
}
