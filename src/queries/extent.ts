/** The span of the loaded data, independent of any filter. */
import type { DbClient } from '../data/client';
import { financialYearOf } from './filters';

/** First and last recorded dates of all loaded records, and every financial year between them. */
export interface DataExtent {
  from: string | null;
  to: string | null;
  financialYears: string[];
}

/** The statement {@link dataExtent} runs (no parameters). */
export const DATA_EXTENT_SQL = `SELECT strftime(min(recorded_date), '%Y-%m-%d') AS first, strftime(max(recorded_date), '%Y-%m-%d') AS last FROM records`;

/** The loaded data's date range and financial years (every year between first and last, gaps included). */
export async function dataExtent(db: DbClient): Promise<DataExtent> {
  const [row] = await db.query<{ first: string | null; last: string | null }>(DATA_EXTENT_SQL);
  if (!row.first || !row.last) return { from: null, to: null, financialYears: [] };
  const years: string[] = [];
  const firstStart = Number(financialYearOf(row.first).slice(0, 4));
  const lastStart = Number(financialYearOf(row.last).slice(0, 4));
  for (let start = firstStart; start <= lastStart; start++) years.push(financialYearOf(`${start}-04-01`));
  return { from: row.first, to: row.last, financialYears: years };
}

/** How many records are loaded, whatever the filters. */
export async function loadedRecordCount(db: DbClient): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*) AS n FROM records');
  return Number(row?.n ?? 0);
}

/** The engine's version string (e.g. `v1.4.3`), for the footer. */
export async function engineVersion(db: DbClient): Promise<string> {
  const [row] = await db.query<{ v: string }>('SELECT version() AS v');
  return String(row?.v ?? '');
}
