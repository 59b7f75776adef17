/** Warming the engine's memory before a large load: the statement on the real engine, and when a load asks for it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmMemorySql, type DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { openNodeClient } from '../../src/data/nodeClient';
import { csvText, file, validRow } from '../helpers/extract';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
});
afterAll(() => db.close());

/** The engine, noting each warming a load asks for (everything else goes straight to it). */
function noting(asked: number[]): DbClient {
  return { ...db, warmMemory: async (bytes) => { asked.push(bytes); } };
}

describe('warming the engine memory', () => {
  it('runs on the engine the dashboard uses, gives the memory back and leaves no table behind', async () => {
    const memory = async () => (await db.query<{ n: number }>("SELECT sum(memory_usage_bytes)::DOUBLE AS n FROM duckdb_memory()"))[0].n;
    const before = await memory();
    await db.exec(warmMemorySql(64 * 1024 * 1024));
    const tables = await db.query("SELECT table_name FROM duckdb_tables() WHERE table_name = 'cse_warm_memory'");
    expect(tables).toEqual([]);
    expect(await memory()).toBeLessThanOrEqual(before + 1024 * 1024); // given back, not kept as a table
    expect(warmMemorySql(Number.NaN)).toContain('range(0)');
  });

  it('is asked for by a large load, in proportion to its rows, and not by a small one', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => validRow(i));
    const asked: number[] = [];
    await loadExtract(noting(asked), file('small.csv', csvText(rows(1_000))));
    expect(asked).toEqual([]);
    const report = await loadExtract(noting(asked), file('large.csv', csvText(rows(120_000))));
    expect(report.rowsAccepted).toBe(120_000);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toBeGreaterThanOrEqual(120_000 * 100);
    expect(asked[0]).toBeLessThanOrEqual(120_000 * 1_000);
  });
});
