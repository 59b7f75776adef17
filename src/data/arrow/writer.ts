/**
 * Writes flat columns as an Arrow IPC stream: a Schema message, record batches, and the end-of-stream
 * marker, the bytes DuckDB-WASM's `insertArrowFromIPCStream` takes. The counterpart of `ipc.ts`, and
 * like it independent of Apache Arrow's JavaScript library, which the build leaves out. Metadata
 * version V5, little-endian, no compression or dictionaries; every message and buffer starts on an
 * 8-byte boundary. (Spec: https://arrow.apache.org/docs/format/Columnar.html#serialization-and-interprocess-communication-ipc,
 * Schema.fbs and Message.fbs)
 */
import { checkColumn, columnBuffers } from './columnBuffers';
import { buildFlatBuffer, ref, scalar, type FbField, type FbObject } from './flatbufferBuilder';
import { unpaced, type Steps } from '../pacing';

/** One column to write: its name, Arrow type, values, and optional validity (one byte per row: 1 valid, 0 null). */
export type WriterColumn =
  | { name: string; type: 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'float64'; values: Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float64Array; valid?: Uint8Array }
  | { name: string; type: 'bool'; values: Uint8Array /* one byte per row, 0 or 1 */; valid?: Uint8Array }
  | { name: string; type: 'date32'; values: Int32Array /* days since 1970-01-01 */; valid?: Uint8Array }
  | { name: string; type: 'timestamp_ms'; values: Float64Array /* epoch milliseconds, whole numbers */; valid?: Uint8Array }
  | { name: string; type: 'utf8'; offsets: Int32Array /* length + 1 entries */; bytes: Uint8Array /* UTF-8 */; valid?: Uint8Array };

const HEADER = { schema: 1, recordBatch: 3 } as const;
const METADATA_V5 = 4;
const CONTINUATION = 0xffffffff;

const int = (bits: number, signed: boolean): [number, FbField[]] => [2, [scalar(4, bits), scalar(1, signed ? 1 : 0)]];

/** Each column type as the Type union of Schema.fbs: its tag and the fields of its table. */
const TYPES: Record<WriterColumn['type'], [number, FbField[]]> = {
  int8: int(8, true),
  uint8: int(8, false),
  int16: int(16, true),
  uint16: int(16, false),
  int32: int(32, true),
  uint32: int(32, false),
  float64: [3, [scalar(2, 2)]], // precision DOUBLE
  utf8: [5, []],
  bool: [6, []],
  // DAY is 0 and Date's default unit is MILLISECOND: a unit left out would read as milliseconds.
  date32: [8, [scalar(2, 0)]],
  // Without a timezone a timestamp is a wall-clock time, as the extract's are.
  timestamp_ms: [10, [scalar(2, 1)]],
};

/** A Field table: name, nullable, the type union, no dictionary, and no children (Arrow C++ wants the empty vector). */
function field(column: WriterColumn): FbObject {
  const [tag, type] = TYPES[column.type];
  return { table: [ref({ string: column.name }), scalar(1, 1), scalar(1, tag), ref({ table: type }), undefined, ref({ tables: [] })] };
}

/** A Message table around a header, with the length of the body that follows it. */
function message(headerType: number, header: FbObject, bodyLength: number): Uint8Array {
  return buildFlatBuffer({ table: [scalar(2, METADATA_V5), scalar(1, headerType), ref(header), scalar(8, bodyLength)] });
}

const padded = (length: number) => (length + 7) & ~7;

/** A message ready to be laid out: its header and the buffers of its body, each with its body offset. */
interface Framed {
  header: Uint8Array;
  body: { at: number; bytes: Uint8Array }[];
  bodyLength: number;
}

/** Rows [start, end) of every column as one RecordBatch message, a step after each column's buffers. */
function* recordBatch(columns: readonly WriterColumn[], start: number, end: number): Steps<Framed> {
  const nodes: number[] = [];
  const spans: number[] = [];
  const body: Framed['body'] = [];
  let bodyLength = 0;
  for (const column of columns) {
    const { nulls, buffers } = columnBuffers(column, start, end);
    nodes.push(end - start, nulls);
    for (const bytes of buffers) {
      spans.push(bodyLength, bytes.length);
      body.push({ at: bodyLength, bytes });
      bodyLength += padded(bytes.length);
    }
    yield;
  }
  const batch: FbObject = { table: [scalar(8, end - start), ref({ longs: nodes, perStruct: 2 }), ref({ longs: spans, perStruct: 2 })] };
  return { header: message(HEADER.recordBatch, batch, bodyLength), body, bodyLength };
}

/** Lays the messages out one after the other, each as marker, header length, header and body, then the end marker; a step after each buffer. */
function* concatenate(messages: readonly Framed[]): Steps<Uint8Array> {
  const total = messages.reduce((sum, m) => sum + 8 + m.header.length + m.bodyLength, 8);
  // Allocated zeroed, so every padding byte is already the zero the format asks for.
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const { header, body, bodyLength } of messages) {
    view.setUint32(at, CONTINUATION, true);
    view.setInt32(at + 4, header.length, true);
    out.set(header, at + 8);
    at += 8 + header.length;
    for (const part of body) {
      out.set(part.bytes, at + part.at);
      yield;
    }
    at += bodyLength;
  }
  view.setUint32(at, CONTINUATION, true);
  return out;
}

/**
 * Encodes columns of `length` rows as an Arrow IPC stream (schema, one record batch per `batchRows`
 * rows, end-of-stream marker), in steps (src/data/pacing.ts): one per column of a batch, and
 * one per buffer copied into the stream.
 */
export function* arrowStreamSteps(columns: readonly WriterColumn[], length: number, batchRows = length): Steps<Uint8Array> {
  if (!Number.isInteger(length) || length < 0) throw new Error(`Cannot write ${length} rows.`);
  if (!Number.isInteger(batchRows) || (batchRows < 1 && length > 0)) throw new Error(`Cannot write batches of ${batchRows} rows.`);
  for (const column of columns) checkColumn(column, length);
  const schema: FbObject = { table: [scalar(2, 0) /* little-endian */, ref({ tables: columns.map(field) })] };
  const messages: Framed[] = [{ header: message(HEADER.schema, schema, 0), body: [], bodyLength: 0 }];
  // Zero rows still get one (empty) batch, so a reader sees a batch with every column's buffers.
  const batches = length === 0 ? 1 : Math.ceil(length / batchRows);
  for (let b = 0; b < batches; b++) {
    messages.push(yield* recordBatch(columns, b * batchRows, Math.min(length, (b + 1) * batchRows)));
  }
  return yield* concatenate(messages);
}

/** Encodes columns of `length` rows as an Arrow IPC stream at once (see `arrowStreamSteps`). */
export function arrowStream(columns: readonly WriterColumn[], length: number, batchRows = length): Uint8Array {
  return unpaced(arrowStreamSteps(columns, length, batchRows));
}
