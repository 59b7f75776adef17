/** The demo extract loaded into a fresh Node engine: the reference many tests compare the app with. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { openNodeClient } from '../../src/data/nodeClient';

/** Opens an engine with `data/demo-extract.csv` loaded under its own name. Close it when done. */
export async function openDemoDb(): Promise<DbClient> {
  const db = await openNodeClient();
  const bytes = new Uint8Array(await readFile(resolve(import.meta.dirname, '../../data/demo-extract.csv')));
  await loadExtract(db, { name: 'demo-extract.csv', bytes });
  return db;
}
