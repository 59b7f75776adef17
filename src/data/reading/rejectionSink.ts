/**
 * The rejected rows of a load, as they are found: counted by reason, the first few kept for the load
 * report, and all of them written to the engine in batches (`load_rejections_next`: row, column, value,
 * reason; `load_rejected_raw_next`: each rejected row's fields as read, for the rejected-rows download),
 * so a file of a million bad rows never sits in the page's memory at once. The tables take the places
 * of `load_rejections` and `load_rejected_raw` when the load is swapped in.
 */
import { arrowStream, type WriterColumn } from '../arrow/writer';
import type { DbClient } from '../client';
import type { Rejection } from '../loadReport';

/** Rejected rows written to the engine at a time. */
const BATCH_ROWS = 20_000;
const encoder = new TextEncoder();

/** Strings (or nulls) as an Arrow text column. */
function textColumn(name: string, values: readonly (string | null)[]): WriterColumn {
  const encoded = values.map((value) => (value === null ? null : encoder.encode(value)));
  const offsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (offsets[i + 1] = offsets[i] + (bytes?.length ?? 0)));
  const bytes = new Uint8Array(offsets[values.length]);
  encoded.forEach((value, i) => value && bytes.set(value, offsets[i]));
  return { name, type: 'utf8', offsets, bytes, valid: Uint8Array.from(values, (value) => (value === null ? 0 : 1)) };
}

/** Collects a load's rejections; see the module comment. */
export class RejectionSink {
  /** Rejected rows so far. */
  total = 0;
  /** The first rejections in file order, for the report. */
  readonly sample: Rejection[] = [];
  /** Rejections per `column: reason`. */
  readonly reasons = new Map<string, number>();
  private batch: Rejection[] = [];
  private raw: { row: number; fields: (string | null)[] }[] = [];
  private created = false;

  constructor(private readonly db: DbClient, private readonly width: number, private readonly sampleSize: number) {}

  /** Adds a rejection, with the row's fields as read when it could be split into them. */
  async add(rejection: Rejection, fields: (string | null)[] | null): Promise<void> {
    this.total++;
    if (this.sample.length < this.sampleSize) this.sample.push(rejection);
    const reason = `${rejection.column}: ${rejection.reason}`;
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
    this.batch.push(rejection);
    if (fields) this.raw.push({ row: rejection.row, fields });
    if (this.batch.length >= BATCH_ROWS) await this.flush();
  }

  /** Writes what is collected (creating the tables, empty if need be, on the first call). */
  async flush(): Promise<void> {
    const rows = this.batch;
    const raw = this.raw;
    [this.batch, this.raw] = [[], []];
    await this.write('load_rejections_next', [
      { name: 'row', type: 'float64', values: Float64Array.from(rows, (r) => r.row) },
      textColumn('column', rows.map((r) => r.column)),
      textColumn('value', rows.map((r) => r.value)),
      textColumn('reason', rows.map((r) => r.reason)),
    ], rows.length, 'CAST("row" AS BIGINT) AS "row", "column", value, reason');
    const fields = Array.from({ length: this.width }, (_, c) => textColumn(`c${c}`, raw.map((r) => r.fields[c] ?? null)));
    await this.write('load_rejected_raw_next', [{ name: 'src_row', type: 'float64', values: Float64Array.from(raw, (r) => r.row) }, ...fields],
      raw.length, `CAST(src_row AS BIGINT) AS src_row${fields.map((f) => `, ${f.name}`).join('')}`);
    this.created = true;
  }

  private async write(table: string, columns: WriterColumn[], length: number, select: string): Promise<void> {
    if (this.created && length === 0) return;
    await this.db.insertArrow('cse_rejected_batch', arrowStream(columns, length));
    const target = this.created ? `INSERT INTO ${table}` : `CREATE OR REPLACE TABLE ${table} AS`;
    await this.db.exec(`${target} SELECT ${select} FROM cse_rejected_batch; DROP TABLE cse_rejected_batch;`);
  }
}
