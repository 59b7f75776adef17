/** What is loaded in the engine right now: which files, how many records, over which dates. */
import demoUrl from '../../../data/demo-extract.csv?url';
import type { DbClient } from '../../data/client';
import { dataExtent, loadedRecordCount, type DataExtent } from '../../queries/extent';

/** The data the dashboard is showing: the files it came from, its record count and its span. */
export interface LoadedData {
  /** File names, in the order they were loaded (more than one after "Add to current data"). */
  files: string[];
  /** Records in the `records` table. */
  rows: number;
  extent: DataExtent;
}

/** Counts the loaded records and measures their span (after every load). */
export async function describeLoaded(db: DbClient, files: string[]): Promise<LoadedData> {
  return { files, rows: await loadedRecordCount(db), extent: await dataExtent(db) };
}

/** The bundled demo extract's bytes, fetched again from the app itself (for "Back to the demo extract"). */
export async function fetchDemoBytes(): Promise<Uint8Array> {
  const response = await fetch(new URL(demoUrl, document.baseURI).href);
  if (!response.ok) throw new Error(`The demo extract could not be downloaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}
