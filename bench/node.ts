/**
 * The Node half of `npm run bench`: loads each extract with the app's loader and replays the 30 filter
 * changes through the dashboard's query layer (`dashboardData`), in DuckDB-WASM (the product's engine,
 * Node build) and in native DuckDB (the speed reference), on the same machine.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { DbClient } from '../src/data/client';
import { loadExtract } from '../src/data/ingest';
import { openNodeClient } from '../src/data/nodeClient';
import { dashboardData } from '../src/queries/dashboard';
import { csvExtract } from './data';
import { INTERACTION_SCRIPT } from './interactionScript';
import { openNativeClient } from './nativeClient';
import { percentile, summary, type Result } from './report';

/** Sizes above this are browser-only (Parquet); the Node half reads whole CSV files into memory. */
export const NODE_MAX_RECORDS = 1_000_000;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** One engine on one size: median load, and the interaction script's latencies over every repeat. */
async function measure(engine: string, open: () => Promise<DbClient>, records: number, repeats: number): Promise<Result> {
  const bytes = new Uint8Array(readFileSync(csvExtract(records)));
  const loads: number[] = [];
  const clicks: number[] = [];
  let version = '';
  for (let run = 0; run < repeats; run++) {
    const db = await open();
    version ||= (await db.query<{ v: string }>('SELECT version() AS v'))[0]?.v ?? '';
    loads.push(await timed(() => loadExtract(db, { name: `demo-${records}.csv`, bytes })));
    for (const filters of INTERACTION_SCRIPT) clicks.push(await timed(() => dashboardData(db, filters)));
    await db.close();
  }
  return { engine, version, records, loadMs: percentile(loads, 50), ...summary(clicks), runs: repeats };
}

/** Runs the Node half on every size up to {@link NODE_MAX_RECORDS}. Progress goes to stderr. */
export async function runNode(sizes: readonly number[], repeats: number): Promise<Result[]> {
  const results: Result[] = [];
  for (const records of sizes) {
    if (records > NODE_MAX_RECORDS) {
      console.error(`node: ${records.toLocaleString('en-GB')} records skipped (browser half only, as Parquet)`);
      continue;
    }
    results.push(await measure('duckdb-wasm', openNodeClient, records, repeats));
    results.push(await measure('native', () => openNativeClient(os.cpus().length), records, repeats));
    console.error(`node: ${records.toLocaleString('en-GB')} records`);
  }
  return results;
}
