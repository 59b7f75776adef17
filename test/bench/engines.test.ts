/** The query layer is engine-independent: native DuckDB and DuckDB-WASM give identical figures. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeClient } from '../../bench/nativeClient';
import { INTERACTION_SCRIPT } from '../../bench/interactionScript';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { openNodeClient } from '../../src/data/nodeClient';
import { dashboardData } from '../../src/queries/dashboard';

let wasm: DbClient;
let native: DbClient;
beforeAll(async () => {
  const bytes = new Uint8Array(await readFile('data/demo-extract.csv'));
  [wasm, native] = await Promise.all([openNodeClient(), openNativeClient()]);
  for (const db of [wasm, native]) await loadExtract(db, { name: 'demo-extract.csv', bytes });
});
afterAll(async () => {
  await wasm.close();
  await native.close();
});

describe('benchmark engines', () => {
  it.each([0, 2, 14, 20, 27])('agree on every dashboard figure for interaction %i', async (step) => {
    const filters = INTERACTION_SCRIPT[step];
    expect(await dashboardData(native, filters)).toEqual(await dashboardData(wasm, filters));
  });
});
