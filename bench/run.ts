/**
 * `npm run bench`: generates extracts with the demo generator and times, on this machine, loading
 * them and replaying 30 filter changes through the dashboard's query layer, in DuckDB-WASM (the
 * product's engine, Node build) and in native DuckDB (the speed reference). Writes bench/results.json
 * and prints a markdown table. Options: --sizes 10000,100000,1000000 --repeats 3.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { demoCsvLines } from '../scripts/demo';
import type { DbClient } from '../src/data/client';
import { loadExtract } from '../src/data/ingest';
import { openNodeClient } from '../src/data/nodeClient';
import { dashboardData } from '../src/queries/dashboard';
import { INTERACTION_SCRIPT } from './interactionScript';
import { openNativeClient } from './nativeClient';
import { percentile, summary, table, type Result } from './report';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, repeats: { type: 'string' } } });
const sizes = (values.sizes ?? '10000,100000,1000000').split(',').map(Number);
const repeats = Number(values.repeats ?? 3);

/** The generated extract of `records` rows (made once, kept in bench/data/). */
function extract(records: number): Uint8Array {
  const path = `bench/data/demo-${records}.csv`;
  if (!existsSync(path)) {
    mkdirSync('bench/data', { recursive: true });
    writeFileSync(path, [...demoCsvLines({ totalRecords: records })].join('\n') + '\n');
  }
  return new Uint8Array(readFileSync(path));
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** One engine on one size: median load, and the interaction script's latencies over every repeat. */
async function measure(engine: string, open: () => Promise<DbClient>, records: number, bytes: Uint8Array): Promise<Result> {
  const loads: number[] = [];
  const clicks: number[] = [];
  for (let run = 0; run < repeats; run++) {
    const db = await open();
    loads.push(await timed(() => loadExtract(db, { name: `demo-${records}.csv`, bytes })));
    for (const filters of INTERACTION_SCRIPT) clicks.push(await timed(() => dashboardData(db, filters)));
    await db.close();
  }
  return { engine, records, loadMs: percentile(loads, 50), ...summary(clicks), runs: repeats };
}

const results: Result[] = [];
for (const records of sizes) {
  const bytes = extract(records);
  results.push(await measure('duckdb-wasm', openNodeClient, records, bytes));
  results.push(await measure('native', () => openNativeClient(os.cpus().length), records, bytes));
  console.error(`measured ${records.toLocaleString('en-GB')} records`);
}
const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2) + '\n');
console.log(table(machine, results));
