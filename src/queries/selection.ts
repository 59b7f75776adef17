/**
 * The two units every figure counts: records (rows of `records`) and victims (distinct `victim_id`,
 * each described by their latest record within the selection).
 */
import { whereClause, type Filters, type SqlFragment } from './filters';

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
  return {
    sql: `${records.sql}, victims AS (
      SELECT * FROM selected
      QUALIFY row_number() OVER (PARTITION BY victim_id ORDER BY recorded_at DESC, record_id DESC) = 1)`,
    params: records.params,
  };
}
