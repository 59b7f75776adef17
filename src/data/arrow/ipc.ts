/**
 * Reads a query result in the Arrow IPC format (the stream format, or the file format DuckDB-WASM's
 * `runQuery` returns) into plain JavaScript columns. It replaces Apache Arrow's JavaScript library on this
 * path: the engine hands over IPC bytes, and every result the app asks for is a few flat columns, so
 * a small reader decodes them straight into the values the app uses (numbers, strings, booleans, null;
 * dates and timestamps as epoch milliseconds), with no row objects or vectors in between.
 * (Spec: https://arrow.apache.org/docs/format/Columnar.html#serialization-and-interprocess-communication-ipc)
 */
import { FbTable } from './flatbuffer';
import { readSchema, type ArrowField } from './schema';

export type { ArrowField } from './schema';
import { readValues, type TextColumn } from './values';

export type { TextColumn } from './values';

/** A decoded result: column names in order, and one array of values per column. */
export interface ArrowColumns {
  names: string[];
  columns: unknown[][];
  length: number;
}

const FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const MESSAGE = { schema: 1, dictionaryBatch: 2, recordBatch: 3 } as const;

function startsWithMagic(bytes: Uint8Array): boolean {
  return FILE_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Every dictionary-encoded field of a schema (at any depth), by dictionary id. */
function dictionaryFields(fields: readonly ArrowField[], found = new Map<number, ArrowField>()): Map<number, ArrowField> {
  for (const field of fields) {
    if (field.dictionary) found.set(field.dictionary.id, field);
    dictionaryFields(field.children, found);
  }
  return found;
}

/** One IPC message: its header table, type, and where its body starts in the buffer. */
interface Message {
  type: number;
  header: FbTable;
  body: number;
}

/** The messages of an IPC stream (or of a file, read front to back until its end-of-stream marker). */
function* messages(view: DataView): Generator<Message> {
  let offset = startsWithMagic(new Uint8Array(view.buffer, view.byteOffset, Math.min(6, view.byteLength))) ? 8 : 0;
  while (offset + 4 <= view.byteLength) {
    let size = view.getInt32(offset, true);
    offset += 4;
    if (size === -1) {
      // Continuation marker (format 0.15 on); older streams start with the size itself.
      size = view.getInt32(offset, true);
      offset += 4;
    }
    if (size <= 0) return; // end of stream
    const message = FbTable.root(view, offset);
    offset += size;
    const body = offset;
    offset += message.int(3, 8);
    const header = message.table(2);
    if (header) yield { type: message.int(1, 1, 0, false), header, body };
  }
}

/** The record batches of a stream, each as one array of values (or TextColumn) per field. */
export interface ArrowBatches {
  fields: ArrowField[];
  batches: { length: number; columns: (unknown[] | TextColumn)[] }[];
}

/**
 * Decodes an Arrow IPC stream batch by batch; with `rawText`, top-level text columns stay as bytes
 * (TextColumn). Throws on a type or feature (compression) the reader does not handle.
 */
export function readArrowBatches(bytes: Uint8Array, rawText = false): ArrowBatches {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fields: ArrowField[] = [];
  let byId = new Map<number, ArrowField>();
  const dictionaries = new Map<number, unknown[]>();
  const batches: ArrowBatches['batches'] = [];
  for (const { type, header, body } of messages(view)) {
    if (type === MESSAGE.schema) {
      fields = readSchema(header);
      byId = dictionaryFields(fields);
    } else if (type === MESSAGE.dictionaryBatch) {
      const id = header.int(0, 8);
      const field = byId.get(id);
      const batch = header.table(1);
      if (!field || !batch) throw new Error(`An Arrow dictionary batch names unknown dictionary ${id}.`);
      const [values] = readValues(view, batch, body, [{ ...field, dictionary: undefined }], dictionaries) as unknown[][];
      dictionaries.set(id, header.bool(2) ? [...(dictionaries.get(id) ?? []), ...values] : values);
    } else if (type === MESSAGE.recordBatch) {
      batches.push({ length: header.int(0, 8), columns: readValues(view, header, body, fields, dictionaries, rawText) });
    }
  }
  return { fields, batches };
}

/** Decodes an Arrow IPC result into one array of values per column. */
export function readArrowIpc(bytes: Uint8Array): ArrowColumns {
  const { fields, batches } = readArrowBatches(bytes);
  // One batch is the usual case (small results): its arrays are the columns.
  const columns = fields.map((_, i) => (batches.length === 1 ? batches[0].columns[i] : batches.flatMap((batch) => batch.columns[i])) as unknown[]);
  const length = batches.reduce((sum, batch) => sum + batch.length, 0);
  return { names: fields.map((field) => field.name), columns, length };
}

/** The decoded result as one plain object per row, keyed by column name. */
export function arrowRows(result: ArrowColumns): Record<string, unknown>[] {
  const { names, columns, length } = result;
  const rows: Record<string, unknown>[] = new Array(length);
  for (let r = 0; r < length; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]] = columns[c][r];
    rows[r] = row;
  }
  return rows;
}
