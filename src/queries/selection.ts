/**
 * The two units every figure counts: records (rows of `records`) and victims (distinct `victim_id`,
 * each described by their latest record within the selection).
 */
import { whereClause, type Filters, type SqlFragment } from './filters';

/** `WITH selected AS (…)` for a WHERE clause over `records`. */
function selectedCte(where: SqlFragment): SqlFragment {
  return { sql: `WITH selected AS (SELECT * FROM records ${where.sql})`, params: where.params };
}

/** `WITH selected AS (…)`: the records in the selection. */
export function selectedRecords(filters: Filters): SqlFragment {
  return selectedCte(whereClause(filters));
}

/**
 * `WITH selected AS (…), victims AS (…)`: one row per victim, their latest record in the selection
 * (latest recorded date and time; ties go to the larger record_id, so the choice is deterministic).
 * Uses the keys every load adds (src/data/recordKeys.ts): a victim with one record is selected with it;
 * for the others, their selected record with the largest `rowid` (records are stored in date order).
 * `victims` reads `records` itself rather than `selected`: a CTE read twice is copied whole first,
 * which cost more than filtering twice.
 */
export function selectedVictims(filters: Filters): SqlFragment {
  const where = whereClause(filters);
  const records = selectedCte(where);
  const and = where.sql ? `${where.sql} AND` : 'WHERE';
  const latest = `SELECT victim_key, max(rowid) AS latest FROM records ${and} NOT victim_single GROUP BY victim_key`;
  return {
    sql: `${records.sql}, victims AS (SELECT records.* FROM records LEFT JOIN (${latest}) AS l USING (victim_key)
      ${and} (victim_single OR records.rowid = l.latest))`,
    params: [...where.params, ...where.params, ...where.params],
  };
}
