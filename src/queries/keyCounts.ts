/**
 * Counts by one column, batched. Most figures count records or victims by one column; a refresh asks
 * for a dozen such breakdowns, and each GROUP BY costs its own statement (1–3 ms in DuckDB-WASM even over
 * a few thousand rows). Requests for the same selection made together (in one turn of the event loop,
 * as `allFigures` starts its figures) run as one statement with a grouping set per column; a lone
 * request runs as a batch of one, through the same SQL builder.
 */
import type { DbClient } from '../data/client';
import type { Filters, SqlFragment } from './filters';
import { selectedRecords, selectedVictims } from './selection';

/** Columns a breakdown may group by: a fixed list, so no caller can put other text into SQL. */
export const GROUPABLE = [
  'cse_category', 'fy', 'record_type', 'outcome', 'offence_borough', 'victim_home_borough', 'online', 'gang_group',
  'victim_gender', 'suspect_gender', 'victim_age', 'suspect_age', 'suspect_relationship', 'missing_episodes_12m',
  'looked_after', 'referral_source', 'investigating_unit',
] as const;
/** A column `countBy` may group by. */
export type GroupColumn = (typeof GROUPABLE)[number];

/** One group: its value as text (`null` for not recorded), its rows, and how many of them are flagged online. */
export interface KeyCount {
  key: string | null;
  count: number;
  online: number;
}

type Unit = 'records' | 'victims';
interface Batch {
  columns: GroupColumn[];
  answer: Promise<Map<GroupColumn, KeyCount[]>>;
}

/** Open batches per client, by unit and selection: the next microtask runs and closes each. */
const open = new WeakMap<DbClient, Map<string, Batch>>();

/** One statement, a grouping set per column; each column's groups largest first, then by value (nulls last). */
async function runBatch(db: DbClient, unit: Unit, cte: SqlFragment, columns: readonly GroupColumn[]): Promise<Map<GroupColumn, KeyCount[]>> {
  const keys = columns.map((column, i) => `CAST(${column} AS VARCHAR) AS k${i}`).join(', ');
  const rows = await db.query<Record<string, string | number | null>>(
    `${cte.sql} SELECT grouping_id(${columns.join(', ')})::INTEGER AS g, ${keys}, count(*)::INTEGER AS n,
       count(*) FILTER (WHERE online)::INTEGER AS n_online
     FROM ${unit === 'records' ? 'selected' : 'victims'} GROUP BY GROUPING SETS (${columns.map((c) => `(${c})`).join(', ')})
     ORDER BY n DESC, ${columns.map((_, i) => `k${i}`).join(', ')}`,
    cte.params,
  );
  // grouping_id sets a bit for each column left out of the row's set; the first column is the highest bit.
  const all = 2 ** columns.length - 1;
  return new Map(columns.map((column, i) => {
    const g = all ^ (2 ** (columns.length - 1 - i));
    const groups = rows.filter((row) => row.g === g);
    return [column, groups.map((row) => ({ key: row[`k${i}`] as string | null, count: row.n as number, online: row.n_online as number }))];
  }));
}

/** Records (`unit = 'records'`) or victims counted by `column`, largest group first, then by value. */
export function keyCounts(db: DbClient, filters: Filters, unit: Unit, column: GroupColumn): Promise<KeyCount[]> {
  if (!GROUPABLE.includes(column)) return Promise.reject(new Error(`Cannot group by ${column}.`));
  if (unit !== 'records' && unit !== 'victims') return Promise.reject(new Error(`Cannot count ${String(unit)}.`));
  const cte = unit === 'records' ? selectedRecords(filters) : selectedVictims(filters);
  const id = JSON.stringify([unit, cte.sql, cte.params]);
  const batches = open.get(db) ?? new Map<string, Batch>();
  open.set(db, batches);
  let batch = batches.get(id);
  if (!batch) {
    const columns: GroupColumn[] = [];
    const answer = Promise.resolve().then(() => {
      batches.delete(id);
      return runBatch(db, unit, cte, columns);
    });
    batch = { columns, answer };
    batches.set(id, batch);
  }
  if (!batch.columns.includes(column)) batch.columns.push(column);
  return batch.answer.then((byColumn) => byColumn.get(column) ?? []);
}
