/** Shared set-up for query tests: one real engine per test file, and a loader that insists every row is accepted. */
import { expect } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { csvText, file, validRow, type Cells } from '../helpers/extract';

/** Loads `rows` (each a valid row with the given cells changed; `n` numbers the row) into `records`. */
export async function loadRows(db: DbClient, rows: [number, Cells][]): Promise<void> {
  const report = await loadExtract(db, file('fixture.csv', csvText(rows.map(([n, cells]) => validRow(n, cells)))));
  expect(report.rejections).toEqual([]);
  expect(report.rowsAccepted).toBe(rows.length);
}

/** ONS codes of the boroughs the fixtures use. */
export const CODE = {
  city: 'E09000001', barnet: 'E09000003', ealing: 'E09000009', lambeth: 'E09000022', newham: 'E09000025',
  westminster: 'E09000033',
} as const;
