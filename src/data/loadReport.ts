/** What loading one extract did: the numbers always add up (rows read = accepted + rejected). */

/** One rejected row: where it is, which column broke which rule, and the value as read. */
export interface Rejection {
  /** Data-row number: 1 is the first row after the header. */
  row: number;
  /** Canonical column name, or `(row)` when the row itself could not be split into fields. */
  column: string;
  /** The offending value as read (may be empty). */
  value: string;
  /** Why the row was rejected, e.g. `duplicate record_id`. Stable text: counts are grouped by it. */
  reason: string;
}

/** Outcome of reading one file into the `records` table. */
export interface LoadReport {
  /** The file name as the user gave it (shown as text only). */
  file: string;
  format: 'csv' | 'parquet' | 'xlsx';
  /** For a workbook: the sheet read, and every sheet's name (for a sheet picker). */
  sheet?: string;
  sheets?: string[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rejected rows per reason, most frequent first. */
  reasons: { reason: string; count: number }[];
  /** The first rejected rows in file order (at most `rejectionSampleSize`). */
  rejections: Rejection[];
  /** Things worth knowing that reject nothing, e.g. unknown columns ignored. */
  warnings: string[];
  /** Earliest and latest accepted recorded_date, `YYYY-MM-DD`, or null when nothing was accepted. */
  dateRange: { from: string; to: string } | null;
  /** Source header → canonical column, for the columns that were recognised. */
  columns: Record<string, string>;
  /** Every source header, in file order (the columns of rejected.csv). */
  headers: string[];
}

/** Thrown when a file cannot be read as an extract at all: nothing is loaded, and `message` is one clear sentence. */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}
