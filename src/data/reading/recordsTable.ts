/**
 * Writes the accepted records to the engine as the `records_keyed` table, in storage order, with the
 * columns derived from each record's own values (financial year, month, missing status, episodes
 * binned, SAFEGUARD pattern) and the victim keys. Everything is worked out in JavaScript and handed over
 * as one Arrow stream of small numbers; the engine's only work is to copy it and to turn codes into the
 * format's ENUM types (a CASE of typed literals per column, no text looked up per row).
 */
import { arrowStreamSteps, type WriterColumn } from '../arrow/writer';
import type { DbClient } from '../client';
import { MISSING_STATUS_TYPE, MISSING_STATUSES } from '../derivedColumns';
import { COLUMNS, SAFEGUARD_FACTORS, type ColumnSpec } from '../format';
import { paced, type Pace, type Steps } from '../pacing';
import { canonicalValues, enumType, isEnumerated } from '../recordColumns';
import { NOT_RECORDED, RECORD_ID, storageOf, VICTIM_ID, type AcceptedRecords } from './acceptedRecords';
import type { ByteValues } from './byteValues';
import { derivedColumns, financialYears } from './derivedValues';
import { storageOrder, victimKeys } from './recordOrder';

/** The accepted records, with the ids they index. */
interface AcceptedData {
  accepted: AcceptedRecords;
  recordIds: ByteValues;
  victimIds: ByteValues;
}

/** Codes in storage order, and their validity (NOT_RECORDED is null). */
function codeColumn(name: string, type: 'uint8' | 'bool', codes: Uint8Array, order: Int32Array): WriterColumn {
  const values = new Uint8Array(order.length);
  const valid = new Uint8Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const code = codes[order[i]];
    values[i] = code === NOT_RECORDED ? 0 : code;
    valid[i] = code === NOT_RECORDED ? 0 : 1;
  }
  return { name, type, values, valid };
}

/** Numbers in storage order as `Out`, and their validity (NaN is null). */
function numberColumn(name: string, type: 'int8' | 'int32', numbers: Float64Array, order: Int32Array): WriterColumn {
  const values = type === 'int8' ? new Int8Array(order.length) : new Int32Array(order.length);
  const valid = new Uint8Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const n = numbers[order[i]];
    values[i] = n === n ? n : 0; // NaN is not itself
    valid[i] = n === n ? 1 : 0;
  }
  return { name, type, values, valid };
}

/** The recorded date and time in storage order: the day, and the time in ms. */
function dateColumns(name: string, times: Float64Array, order: Int32Array): [WriterColumn & { values: Int32Array }, WriterColumn] {
  const days = new Int32Array(order.length);
  const at = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) {
    at[i] = times[order[i]];
    days[i] = Math.floor(at[i] / 86_400_000);
  }
  return [{ name, type: 'date32', values: days }, { name: 'recorded_at', type: 'timestamp_ms', values: at }];
}

/** The Arrow columns of one format column in storage order (a date gives two: the day and the time). */
function formatColumns(column: ColumnSpec, values: Float64Array | Uint8Array, order: Int32Array): WriterColumn[] {
  switch (column.kind) {
    case 'date': return dateColumns(column.name, values as Float64Array, order);
    case 'category': return [numberColumn(column.name, 'int8', values as Float64Array, order)];
    case 'integer': return [numberColumn(column.name, 'int32', values as Float64Array, order)];
    case 'boolean': return [codeColumn(column.name, 'bool', values as Uint8Array, order)];
    default: return [codeColumn(column.name, 'uint8', values as Uint8Array, order)];
  }
}

/** A code column as an ENUM or text: one typed literal per code (our own words), so nothing is looked up per row. */
function labelledSql(name: string, labels: readonly string[], type: string): string {
  if (labels.length === 0) return `CAST(NULL AS ${type}) AS ${name}`; // no records: a CASE needs a WHEN
  return `CASE ${name} ${labels.map((label, code) => `WHEN ${code} THEN '${label}'::${type}`).join(' ')} END AS ${name}`;
}

/** The SELECT list turning the staged columns into `records`' columns, in its order. */
function recordsSelect(years: readonly string[]): string {
  const list = COLUMNS.flatMap((column) => {
    if (column.kind === 'date') return [column.name, 'CAST(recorded_at AS TIMESTAMP) AS recorded_at'];
    if (isEnumerated(column)) return [labelledSql(column.name, canonicalValues(column), enumType(column))];
    return [column.name];
  });
  return [...list, labelledSql('fy', years, 'VARCHAR'), 'month', labelledSql('missing_status', MISSING_STATUSES, MISSING_STATUS_TYPE),
    'episode_bin', 'safeguard_pattern', 'victim_key', 'victim_single'].join(', ');
}

/** Values gathered into storage order. */
function gather<T extends Int32Array | Uint32Array | Uint8Array>(values: T, order: Int32Array, Out: new (n: number) => T): T {
  const out = new Out(order.length);
  for (let i = 0; i < order.length; i++) out[i] = values[order[i]];
  return out;
}

/** An id column in storage order, as text (its values' bytes). */
function* idColumn(name: string, ids: ByteValues, indices: Int32Array, order: Int32Array): Steps<WriterColumn> {
  return { name, type: 'utf8', ...(yield* ids.column(gather(indices, order, Int32Array), order.length)) };
}

/** The staged columns (see the module comment), in steps: after each column, and within the long ones. */
function* stagedColumns({ accepted, recordIds, victimIds }: AcceptedData): Steps<{ columns: WriterColumn[]; years: string[]; length: number }> {
  const order = yield* storageOrder(accepted, recordIds);
  const { keys, single } = victimKeys(accepted, victimIds.size);
  const formats: WriterColumn[] = [];
  for (const [c, column] of COLUMNS.entries()) {
    if (storageOf(column) === 'id') continue;
    formats.push(...formatColumns(column, accepted.columns[c] as Float64Array | Uint8Array, order));
    yield;
  }
  const days = (formats.find((column) => column.name === 'recorded_date') as { values: Int32Array }).values;
  const years = financialYears(days);
  const columns: WriterColumn[] = [
    yield* idColumn('record_id', recordIds, accepted.columns[RECORD_ID] as Int32Array, order),
    yield* idColumn('victim_id', victimIds, accepted.columns[VICTIM_ID] as Int32Array, order),
    ...formats,
    { name: 'fy', type: 'uint8', values: years.codes },
    ...(yield* derivedColumns(new Map(formats.map((column) => [column.name, column])), days, SAFEGUARD_FACTORS.map((factor) => factor.column))),
    { name: 'victim_key', type: 'uint32', values: gather(keys, order, Uint32Array) },
    { name: 'victim_single', type: 'bool', values: gather(single, order, Uint8Array) },
  ];
  return { columns, years: years.labels, length: order.length };
}

/**
 * Creates `records_keyed` from the accepted records (see the module comment); the ENUM types must exist.
 * The columns are built and encoded a step at a time, awaiting `pace` between steps (src/data/pacing.ts),
 * so a large load leaves the page painting and Cancel working.
 */
export async function writeRecords(db: DbClient, data: AcceptedData, pace: Pace): Promise<void> {
  const { columns, years, length } = await paced(stagedColumns(data), pace);
  await db.insertArrow('records_staged', await paced(arrowStreamSteps(columns, length), pace));
  await db.exec(`CREATE OR REPLACE TABLE records_keyed AS SELECT ${recordsSelect(years)} FROM records_staged; DROP TABLE records_staged;`);
}
