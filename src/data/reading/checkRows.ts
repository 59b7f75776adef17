/**
 * Every row of a file through the reading rules: CSV row by row from its bytes, Parquet slice by slice
 * from Arrow. Rows that cannot be split into the header's fields are rejected whole (column `(row)`);
 * the rest go to the checker. The page is given back every few thousand rows, so a large file leaves
 * the progress bar and Cancel working, and a cancelled load stops there.
 */
import type { ArrowBatches } from '../arrow/ipc';
import type { RowSlice } from '../client';
import type { LoadProgress } from '../ingest';
import type { CsvSource } from './csvSource';
import { ParquetCells } from './parquetCells';
import { breathe, pacer } from '../pacing';
import type { RejectionSink } from './rejectionSink';
import type { RowCells } from './rowCells';
import type { RowChecker } from './rowChecker';

/** How a check reports and stops. */
interface CheckControl {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/** A CSV's check, reporting rows checked of about `rows` each time it gives the page back. */
interface CsvCheckControl extends CheckControl {
  rows: number;
}

/** Rows checked between looks at the pacer's clock (the page is given back after ~50 ms of work, src/data/pacing.ts). */
const ROWS_BETWEEN_CLOCKS = 4096;

/** The fields of the current row as read, for the rejected-rows download. */
function fieldsOf(cells: RowCells, width: number): (string | null)[] {
  return Array.from({ length: width }, (_, i) => cells.text(i));
}


/** Checks every data row of a CSV file; returns how many were read. */
export async function checkCsv(source: CsvSource, checker: RowChecker, sink: RejectionSink, control: CsvCheckControl): Promise<number> {
  const { rows, cells, headers } = source;
  const pace = pacer(control.signal, {
    givenBack: () => control.onProgress?.({ stage: 'checking', rows: Math.max(control.rows, source.row), checked: source.row }),
  });
  while (rows.next()) {
    const row = source.row;
    const problem = source.rowProblem();
    // Awaited only for a rejection: an await per row cost a promise per row.
    const rejection = problem ? { row, column: '(row)', value: rows.line(), reason: problem } : checker.check(row, cells);
    if (rejection) await sink.add(rejection, problem ? null : fieldsOf(cells, headers.length));
    if (row % ROWS_BETWEEN_CLOCKS === 0) await pace();
  }
  return source.row;
}

/** A Parquet file being read: its rows, its slices of rows, and how to decode one (see loadTable.ts). */
export interface ParquetPlan {
  rows: number;
  slices: (RowSlice | undefined)[];
  /** The decoded slice `index` (the first is decoded once, to read the header). */
  slice(index: number): Promise<ArrowBatches>;
}

/** Checks every row of a Parquet file, a slice at a time; returns how many were read. */
export async function checkParquet(plan: ParquetPlan, cells: ParquetCells, checker: RowChecker, sink: RejectionSink, control: CheckControl): Promise<number> {
  let row = 0;
  const pace = pacer(control.signal);
  let next = plan.slice(0);
  for (const [index, slice] of plan.slices.entries()) {
    control.onProgress?.({ stage: 'checking', rows: plan.rows, ...(plan.slices.length > 1 ? { checked: slice!.offset } : {}) });
    await breathe(control.signal);
    const { batches } = await next;
    // The next slice is decoded (in the browser, by its own worker) while this one is checked.
    if (index + 1 < plan.slices.length) {
      next = plan.slice(index + 1);
      next.catch(() => undefined); // its failure is reported when it is awaited; a load stopped before then has no use for it
    }
    for (const batch of batches) {
      for (let r = 0; r < batch.length; r++) {
        cells.moveTo(batch.columns, r);
        const rejection = checker.check(++row, cells);
        if (rejection) await sink.add(rejection, fieldsOf(cells, cells.fields));
        if (row % ROWS_BETWEEN_CLOCKS === 0) await pace();
      }
    }
  }
  return row;
}
