/** The rejected rows of the last load, as read, with where and why: the content of rejected.csv. */
import type { DbClient } from './client';
import { csvDocument } from './csvText';
import { splitCsvLine } from './reading/csvRows';
import type { LoadReport } from './loadReport';

/**
 * Every rejected row of the last load: the source columns as read, then `row`, `column`, `reason`.
 * Rows that could not be split into fields keep their raw line, split as well as it can be.
 */
export async function rejectedRowsCsv(db: DbClient, report: LoadReport): Promise<string> {
  const width = report.headers.length;
  const columns = report.headers.map((_, index) => `r.c${index}`).join(', ');
  const rows = await db.query(
    `SELECT j."row", j."column", j.reason, j.value, ${columns}
     FROM load_rejections AS j LEFT JOIN load_rejected_raw AS r ON r.src_row = j."row" ORDER BY j."row"`,
  );
  const body = rows.map((row) => {
    const fields = row.column === '(row)'
      ? splitCsvLine(String(row.value))
      : report.headers.map((_, index) => row[`c${index}`]);
    const padded = Array.from({ length: Math.max(width, fields.length) }, (_, i) => fields[i] ?? null);
    return [...padded.slice(0, width), row.row, row.column, row.reason, ...padded.slice(width)];
  });
  return csvDocument([...report.headers, 'row', 'column', 'reason'], body);
}
