/** Step three of a load: count what was read, accepted and rejected, and say what is worth knowing. */
import type { DbClient } from './client';
import type { HeaderMatch } from './headers';
import type { LoadReport, Rejection } from './loadReport';
import type { ExtractFormat } from './rawTable';

/** When CSE flags were introduced in the MPS: records before it are worth a warning, not a rejection. */
export const FLAGS_INTRODUCED = '2013-10-01';

/**
 * Builds the LoadReport from `cse_bad_lines`, `load_rejections` and `records_next`, given `rowsSplit`: the
 * rows the engine split into fields (checkSlice's counts, summed over the slices).
 */
export async function summariseLoad(
  db: DbClient, file: string, format: ExtractFormat, headers: string[], match: HeaderMatch, sampleSize: number, rowsSplit: number,
): Promise<LoadReport> {
  const [counts] = await db.query<{ bad: number; accepted: number; first: string | null; last: string | null; early: number }>(
    `SELECT (SELECT count(*) FROM cse_bad_lines) AS bad,
       count(*) AS accepted, strftime(min(recorded_date), '%Y-%m-%d') AS first, strftime(max(recorded_date), '%Y-%m-%d') AS last,
       count(*) FILTER (WHERE recorded_date < ?::DATE) AS early
     FROM records_next`, [FLAGS_INTRODUCED]);
  const reasons = await db.query<{ reason: string; count: number }>(
    `SELECT "column" || ': ' || reason AS reason, count(*) AS count FROM load_rejections GROUP BY 1 ORDER BY 2 DESC, 1`);
  const rejections = await db.query<Rejection>(
    `SELECT "row", "column", value, reason FROM load_rejections ORDER BY "row" LIMIT ?`, [sampleSize]);
  const rowsRead = rowsSplit + Number(counts.bad);
  const rowsRejected = rowsRead - counts.accepted;
  const warnings: string[] = [];
  if (match.unknown.length) warnings.push(`Columns not in the extract format were ignored: ${match.unknown.join(', ')}.`);
  if (counts.early) warnings.push(`${counts.early} records are dated before 1 Oct 2013, when CSE flags were introduced.`);
  const columns: Record<string, string> = {};
  for (const [name, index] of match.byColumn) columns[headers[index]] = name;
  return {
    file, format, rowsRead, rowsAccepted: counts.accepted, rowsRejected, reasons, rejections, warnings,
    dateRange: counts.first && counts.last ? { from: counts.first, to: counts.last } : null,
    columns, headers,
  };
}
