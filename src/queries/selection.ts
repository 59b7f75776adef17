/**
 * The two units every figure counts: records (rows of `records`) and victims (distinct `victim_id`,
 * each described by their latest record within the selection).
 */
import { whereClause, type Filters, type SqlFragment } from './filters';

/**
 * Each victim's latest record in `table`: the largest (recorded_at, record_id). A semi join on
 * `arg_max` rather than `QUALIFY row_number() OVER (…)`, which sorts whole rows and was 5–9× slower.
 */
function latestRecords(table: string): string {
  return `SELECT * FROM ${table} SEMI JOIN (SELECT arg_max(record_id, (recorded_at, record_id)) AS latest FROM ${table} GROUP BY victim_id) AS l ON ${table}.record_id = l.latest`;
}

/** `WITH selected AS (…)`: the records in the selection. */
export function selectedRecords(filters: Filters): SqlFragment {
  const where = whereClause(filters);
  return { sql: `WITH selected AS (SELECT * FROM records ${where.sql})`, params: where.params };
}

/**
 * `WITH selected AS (…), victims AS (…)`: one row per victim, their latest record in the selection
 * (latest recorded date and time; ties go to the larger record_id, so the choice is deterministic).
 */
export function selectedVictims(filters: Filters): SqlFragment {
  const records = selectedRecords(filters);
  return { sql: `${records.sql}, victims AS (${latestRecords('selected')})`, params: records.params };
}
