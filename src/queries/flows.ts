/**
 * Cross-border flows and the borough cross-tables a borough pack publishes: records by the victim's home
 * place × the offence place (where a borough's children were exploited, and where the victims exploited
 * in it live), offence place × CSE category, and offence place × month. All count records, so each table
 * adds up to the same totals and they can be suppressed together (src/disclosure/linked.ts).
 */
import type { DbClient } from '../data/client';
import { BOROUGHS } from '../data/reference/boroughs';
import type { Filters } from './filters';
import { PERIOD_SPINE } from './periods';
import { selectedRecords } from './selection';

const CODES = BOROUGHS.map((borough) => borough.code);
/** Where a victim lives: a London borough, outside London, or not recorded. */
export const HOME_PLACES: readonly string[] = [...CODES, 'outside_london', 'not_recorded'];
/** Where an offence happened: a London borough or unknown. */
export const OFFENCE_PLACES: readonly string[] = [...CODES, 'unknown'];
/** The CSE categories as table keys. */
export const CATEGORY_KEYS = ['1', '2', '3'] as const;

/** Counts of records: `counts[r][c]` for row key `rows[r]` and column key `columns[c]` (zeros included). */
export interface CrossTable {
  rows: readonly string[];
  columns: readonly string[];
  counts: number[][];
}

/** Fills a table from (row, column, count) rows; a key outside the domain throws, so no count is lost. */
function fill(rows: readonly string[], columns: readonly string[], found: { r: string; c: string; n: number }[]): CrossTable {
  const counts = rows.map(() => columns.map(() => 0));
  for (const { r, c, n } of found) {
    const [i, j] = [rows.indexOf(r), columns.indexOf(c)];
    if (i < 0 || j < 0) throw new Error(`Unexpected place or key ${r} × ${c}.`);
    counts[i][j] += Number(n);
  }
  return { rows, columns, counts };
}

const HOME_SQL = `coalesce(victim_home_borough, 'not_recorded')`;
const OFFENCE_SQL = `coalesce(offence_borough, 'unknown')`;

/** Records by the victim's home place (rows, `HOME_PLACES`) × the offence place (columns, `OFFENCE_PLACES`). */
export async function flowTable(db: DbClient, filters: Filters): Promise<CrossTable> {
  const cte = selectedRecords(filters);
  const rows = await db.query<{ r: string; c: string; n: number }>(
    `${cte.sql} SELECT ${HOME_SQL} AS r, ${OFFENCE_SQL} AS c, count(*) AS n FROM selected GROUP BY ALL`, cte.params);
  return fill(HOME_PLACES, OFFENCE_PLACES, rows);
}

/** Records by offence place (rows) × CSE category (columns '1', '2', '3'). */
export async function placeCategoryTable(db: DbClient, filters: Filters): Promise<CrossTable> {
  const cte = selectedRecords(filters);
  const rows = await db.query<{ r: string; c: string; n: number }>(
    `${cte.sql} SELECT ${OFFENCE_SQL} AS r, CAST(cse_category AS VARCHAR) AS c, count(*) AS n FROM selected GROUP BY ALL`, cte.params);
  return fill(OFFENCE_PLACES, CATEGORY_KEYS, rows);
}

/** Records by offence place (rows) × month (columns `YYYY-MM-01`, every month from the first to the last, gaps as 0). */
export async function placeMonthTable(db: DbClient, filters: Filters): Promise<CrossTable> {
  const cte = selectedRecords(filters);
  const months = await db.query<{ period: string }>(`${cte.sql} ${PERIOD_SPINE.month} ORDER BY period`, cte.params);
  const rows = await db.query<{ r: string; c: string; n: number }>(
    `${cte.sql} SELECT ${OFFENCE_SQL} AS r, strftime(month, '%Y-%m-%d') AS c, count(*) AS n FROM selected GROUP BY ALL`, cte.params);
  return fill(OFFENCE_PLACES, months.map((m) => m.period), rows);
}

/** Online-flagged records by offence place (`OFFENCE_PLACES`, zeros included). */
export async function onlineByPlace(db: DbClient, filters: Filters): Promise<Record<string, number>> {
  const cte = selectedRecords(filters);
  const rows = await db.query<{ r: string; c: string; n: number }>(
    `${cte.sql} SELECT ${OFFENCE_SQL} AS r, 'online' AS c, count(*) AS n FROM selected WHERE online GROUP BY ALL`, cte.params);
  const table = fill(OFFENCE_PLACES, ['online'], rows);
  return Object.fromEntries(OFFENCE_PLACES.map((place, i) => [place, table.counts[i][0]]));
}

/** Victims with more than one record in the selection, and all victims, for one offence borough (MASE: repeat victims). */
export async function repeatVictims(db: DbClient, filters: Filters): Promise<{ repeat: number; victims: number }> {
  const cte = selectedRecords(filters);
  const [row] = await db.query<{ repeat: number; victims: number }>(
    `${cte.sql} SELECT count(*) FILTER (WHERE n > 1) AS "repeat", count(*) AS "victims"
     FROM (SELECT victim_id, count(*) AS n FROM selected GROUP BY victim_id)`, cte.params);
  return { repeat: Number(row?.repeat ?? 0), victims: Number(row?.victims ?? 0) };
}

/**
 * The latest complete month of the loaded data (`YYYY-MM`), or null with no data: the month of the last
 * record when that record is on the month's last day, else the month before (an extract taken mid-month
 * would otherwise make a MASE pack of a part month).
 */
export async function latestCompleteMonth(db: DbClient): Promise<string | null> {
  const [row] = await db.query<{ m: string | null }>(
    `SELECT strftime(CASE WHEN last = last_day(last) THEN date_trunc('month', last) ELSE date_trunc('month', last) - INTERVAL 1 MONTH END, '%Y-%m') AS m
     FROM (SELECT max(recorded_date) AS last FROM records)`);
  return row?.m ?? null;
}
