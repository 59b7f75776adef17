/**
 * "Keep this data in this browser": with the user's consent, the loaded files are stored in IndexedDB
 * so a reload restores them without the files. What is stored is each file's original bytes with its
 * name, sheet and column mapping, replayed through the same loader on restore: the figures and the
 * validation report come out exactly as they did, and DuckDB-WASM 1.32 could not export Parquet anyway
 * (its Parquet writer is not linked). "Forget this data" deletes the whole database.
 */
import { forgetMappings } from './rememberedMappings';

/** One loaded file, as replayed on restore. */
export interface KeptFile {
  name: string;
  bytes: Uint8Array;
  mapping?: Record<string, string>;
  sheet?: string;
}

/** What is kept: the files in load order (the first replaces, the rest are added) and when. */
export interface KeptData {
  files: KeptFile[];
  keptAt: string;
}

/** The IndexedDB database this module creates; nothing else is stored under it. */
export const KEPT_DATABASE = 'cse-dashboard-kept-data';
const STORE = 'extracts';
const KEY = 'current';

/** Settles with a request's result (IndexedDB reports through events). */
function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The browser refused to store the data.'));
  });
}

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(KEPT_DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return settle(request);
}

/** Runs `work` on the store, then closes the database (a held connection would block deleting it). */
async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await settle(work(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/** Stores `files`, replacing whatever was kept. */
export async function keepData(files: KeptFile[]): Promise<void> {
  const data: KeptData = { files, keptAt: new Date().toISOString() };
  await withStore('readwrite', (store) => store.put(data, KEY));
}

/** The kept data, or null when nothing is kept (no database is created just to look). */
export async function keptData(): Promise<KeptData | null> {
  const names = await indexedDB.databases?.().catch(() => []);
  if (names && !names.some((db) => db.name === KEPT_DATABASE)) return null;
  const data = await withStore('readonly', (store) => store.get(KEY) as IDBRequest<KeptData | undefined>);
  return data && Array.isArray(data.files) && data.files.length ? data : null;
}

/** Removes the kept files (the whole database). */
export async function forgetKeptFiles(): Promise<void> {
  await settle(indexedDB.deleteDatabase(KEPT_DATABASE));
}

/** Removes every trace this app left in the browser: the kept files and the remembered column mappings. */
export async function forgetEverything(): Promise<void> {
  forgetMappings();
  await forgetKeptFiles();
}
