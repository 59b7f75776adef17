/**
 * Step two of a load: the reading rules applied to `cse_raw` (one slice of the file at a time), the
 * results added to `records_next`, `load_rejections` and `load_rejected_raw`. A large Parquet file is
 * checked in slices so the engine never holds the whole file decoded, as text and as checked rows at
 * once; the slices together give exactly what checking the file whole would.
 */
import type { DbClient } from './client';
import type { HeaderMatch } from './headers';
import { checkedRowsSql } from './readingRules';
import { recordColumnsSql } from './recordColumns';
import { derivedColumnsSql } from './derivedColumns';
import { dropRawTable } from './rawTable';

const FY_SQL = `printf('%d/%02d', year(recorded_date) - (month(recorded_date) < 4)::INT,
  (year(recorded_date) - (month(recorded_date) < 4)::INT + 1) % 100)`;

/** Where a slice sits in the load: whether it starts the new tables, and whether later slices follow. */
export interface SliceRole {
  first: boolean;
  last: boolean;
  /** Append mode: record_ids already in `records` are duplicates too. */
  append: boolean;
}

/**
 * Checks the rows in `cse_raw` (and, for CSV, the unsplittable lines in `cse_bad_lines`, which a Parquet
 * slice leaves empty, so no line is counted twice), adds them to
 * the load's tables, drops `cse_raw`, and returns how many rows it held. Record ids are remembered in
 * `cse_seen` for the slices after, since a later row repeating an earlier id is a duplicate wherever it is.
 */
export async function checkSlice(db: DbClient, match: HeaderMatch, role: SliceRole): Promise<number> {
  const into = (table: string, temp = '') => (role.first ? `CREATE OR REPLACE ${temp}TABLE ${table} AS` : `INSERT INTO ${table}`);
  const checked = checkedRowsSql('cse_raw', match, role.append ? 'records' : undefined, role.first ? undefined : 'cse_seen');
  await db.exec(`CREATE OR REPLACE TEMP TABLE cse_checked AS ${checked}`);
  await db.exec(`${into('load_rejections')}
      SELECT src_row AS "row", problem."column" AS "column", coalesce(problem.value, '') AS value, problem.reason AS reason
      FROM cse_checked WHERE problem IS NOT NULL
      UNION ALL SELECT "row", '(row)', csv_line, reason FROM cse_bad_lines`);
  await db.exec(`${into('records_next')}
      SELECT *, ${FY_SQL} AS fy, date_trunc('month', recorded_date)::DATE AS month, ${derivedColumnsSql()}
      FROM (SELECT ${recordColumnsSql()} FROM cse_checked AS p WHERE problem IS NULL)`);
  // The rejected rows as read, for download: kept per slice because cse_raw holds one slice only.
  await db.exec(`${into('load_rejected_raw')}
      SELECT r.* FROM cse_raw AS r WHERE r.src_row IN (SELECT src_row FROM cse_checked WHERE problem IS NOT NULL)`);
  if (!role.last) {
    await db.exec(`${into('cse_seen', 'TEMP ')} SELECT DISTINCT record_id AS id FROM cse_checked
      WHERE record_id IS NOT NULL${role.first ? '' : ' EXCEPT SELECT id FROM cse_seen'}`);
  }
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*) AS n FROM cse_raw');
  await db.exec('DROP TABLE cse_checked;');
  await dropRawTable(db);
  return Number(n);
}
