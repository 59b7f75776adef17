/**
 * The two units every figure counts: records (rows of `records`) and victims (distinct `victim_id`,
 * each described by their latest record within the selection).
 */
import type { DbClient } from '../data/client';
import { whereClause, type Filters, type SqlFragment } from './filters';
import { rememberingClient } from './remembering';

/** Marks filters whose selection has been materialised into the `cse_sel_*` tables. */
const MATERIALISED = Symbol('materialised selection');
type Marked = Filters & { [MATERIALISED]?: true };

/**
 * Each victim's latest record in `table`: the largest (recorded_at, record_id). A semi join on
 * `arg_max` rather than `QUALIFY row_number() OVER (…)`, which sorts whole rows and was 5–9× slower.
 */
function latestRecords(table: string): string {
  return `SELECT * FROM ${table} SEMI JOIN (SELECT arg_max(record_id, (recorded_at, record_id)) AS latest FROM ${table} GROUP BY victim_id) AS l ON ${table}.record_id = l.latest`;
}

/** `WITH selected AS (…)`: the records in the selection. */
export function selectedRecords(filters: Filters): SqlFragment {
  if ((filters as Marked)[MATERIALISED]) return { sql: 'WITH selected AS (SELECT * FROM cse_sel_records)', params: [] };
  const where = whereClause(filters);
  return { sql: `WITH selected AS (SELECT * FROM records ${where.sql})`, params: where.params };
}

/**
 * `WITH selected AS (…), victims AS (…)`: one row per victim, their latest record in the selection
 * (latest recorded date and time; ties go to the larger record_id, so the choice is deterministic).
 */
export function selectedVictims(filters: Filters): SqlFragment {
  if ((filters as Marked)[MATERIALISED]) {
    return { sql: 'WITH selected AS (SELECT * FROM cse_sel_records), victims AS (SELECT * FROM cse_sel_victims)', params: [] };
  }
  const records = selectedRecords(filters);
  return { sql: `${records.sql}, victims AS (${latestRecords('selected')})`, params: records.params };
}

const queues = new WeakMap<DbClient, Promise<unknown>>();

/**
 * Runs `work` with the selection for `filters` materialised once (its records and its victims), so
 * the many figures of one view read two small tables instead of each filtering `records` and ranking
 * victims again. `work` receives filters carrying a non-enumerable marker: filters derived from them
 * by spreading (another year, another basis) lose it and take the ordinary path. `work` also receives
 * a client that runs a repeated query once (`rememberingClient`), valid while the tables stand. Calls on
 * one database are queued, because the tables are shared.
 */
export function withSelection<T>(
  db: DbClient, filters: Filters, work: (marked: Filters, remembering: DbClient) => Promise<T>,
): Promise<T> {
  const run = async () => {
    const where = whereClause(filters);
    await db.query(`CREATE OR REPLACE TEMP TABLE cse_sel_records AS SELECT * FROM records ${where.sql}`, where.params);
    await db.exec(`CREATE OR REPLACE TEMP TABLE cse_sel_victims AS ${latestRecords('cse_sel_records')}`);
    const marked: Marked = { ...filters };
    Object.defineProperty(marked, MATERIALISED, { value: true, enumerable: false });
    return work(marked, rememberingClient(db));
  };
  const queued = (queues.get(db) ?? Promise.resolve()).then(run, run);
  queues.set(db, queued.catch(() => undefined));
  return queued;
}
