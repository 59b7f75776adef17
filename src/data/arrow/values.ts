/**
 * The values of one record batch: each field's buffers, taken in the order the IPC format lays them out
 * (fields depth first; per field its validity bitmap, then offsets and/or data), turned into JavaScript
 * values. Integers wider than 32 bits become numbers (exact below 2^53, as the engine is asked to cast
 * BIGINT to DOUBLE anyway), dates and timestamps epoch milliseconds.
 */
import type { FbTable } from './flatbuffer';
import type { ArrowField, ArrowType } from './schema';

const MS_PER_DAY = 86_400_000;
const utf8 = new TextDecoder();

/** Walks a batch's field nodes and buffers in order. */
class BatchCursor {
  private node = 0;
  private buffer = 0;
  private readonly nodes: number[];
  private readonly buffers: number[];

  constructor(readonly view: DataView, private readonly batch: FbTable, private readonly body: number) {
    this.nodes = batch.structs(1, 16);
    this.buffers = batch.structs(2, 16);
    if (batch.table(3)) throw new Error('Compressed Arrow results cannot be read.');
  }

  nextNode(): { length: number; nulls: number } {
    const at = this.nodes[this.node++];
    return { length: this.batch.int64At(at), nulls: this.batch.int64At(at + 8) };
  }

  /** The next buffer as bytes of the result. */
  nextBuffer(): Uint8Array {
    const at = this.buffers[this.buffer++];
    const offset = this.body + this.batch.int64At(at);
    return new Uint8Array(this.view.buffer, this.view.byteOffset + offset, this.batch.int64At(at + 8));
  }
}

/** Whether value `i` is set in a validity bitmap (an empty bitmap: every value is). */
function validAt(bitmap: Uint8Array, i: number): boolean {
  return bitmap.length === 0 || (bitmap[i >> 3] & (1 << (i & 7))) !== 0;
}

/** A DataView over bytes, for reading numbers at any alignment. */
const dataView = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A typed array over an aligned buffer of 8- to 32-bit integers or floats (the common results), else null. */
function typedArray(bytes: Uint8Array, type: ArrowType): ArrayLike<number> | null {
  const { buffer, byteOffset, byteLength } = bytes;
  if (type.kind === 'float' && type.bytes === 8 && byteOffset % 8 === 0) return new Float64Array(buffer, byteOffset, byteLength / 8);
  if (type.kind !== 'int' || type.bytes === 8 || byteOffset % type.bytes !== 0) return null;
  const n = byteLength / type.bytes;
  if (type.bytes === 4) return type.signed ? new Int32Array(buffer, byteOffset, n) : new Uint32Array(buffer, byteOffset, n);
  if (type.bytes === 2) return type.signed ? new Int16Array(buffer, byteOffset, n) : new Uint16Array(buffer, byteOffset, n);
  return type.signed ? new Int8Array(buffer, byteOffset, n) : new Uint8Array(buffer, byteOffset, n);
}

/** Reads integer `i` of a buffer of `bytes`-wide integers. */
function intAt(data: DataView, bytes: 1 | 2 | 4 | 8, signed: boolean, i: number): number {
  const at = i * bytes;
  if (bytes === 1) return signed ? data.getInt8(at) : data.getUint8(at);
  if (bytes === 2) return signed ? data.getInt16(at, true) : data.getUint16(at, true);
  if (bytes === 4) return signed ? data.getInt32(at, true) : data.getUint32(at, true);
  return data.getUint32(at, true) + (signed ? data.getInt32(at + 4, true) : data.getUint32(at + 4, true)) * 2 ** 32;
}

/** Reads fixed-width value `i` of a numeric buffer. */
function numberAt(data: DataView, type: ArrowType, i: number): number {
  switch (type.kind) {
    case 'int': return intAt(data, type.bytes, type.signed, i);
    case 'float': return type.bytes === 8 ? data.getFloat64(i * 8, true) : data.getFloat32(i * 4, true);
    case 'date': return type.day ? data.getInt32(i * 4, true) * MS_PER_DAY : int64(data, i * 8);
    case 'timestamp': return int64(data, i * 8) / type.perMs;
    case 'time': case 'duration': return type.bytes === 8 ? int64(data, i * 8) : data.getInt32(i * 4, true);
    default: throw new Error(`Not a numeric Arrow type: ${type.kind}.`);
  }
}

function int64(data: DataView, at: number): number {
  return data.getUint32(at, true) + data.getInt32(at + 4, true) * 2 ** 32;
}

/** Text of bytes: short ASCII (most keys and labels) without TextDecoder's per-call cost. */
function text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 24) {
    let ascii = '';
    for (let i = start; i < end; i++) {
      const byte = bytes[i];
      if (byte >= 0x80) return utf8.decode(bytes.subarray(start, end));
      ascii += String.fromCharCode(byte);
    }
    return ascii;
  }
  return utf8.decode(bytes.subarray(start, end));
}

/** A decimal's value as a number (two's complement, little-endian, `bytes` wide). */
function decimalAt(data: DataView, bytes: number, scale: number, i: number): number {
  let value = 0n;
  for (let b = bytes - 1; b >= 0; b--) value = (value << 8n) | BigInt(data.getUint8(i * bytes + b));
  if (value >= 1n << BigInt(bytes * 8 - 1)) value -= 1n << BigInt(bytes * 8);
  return Number(value) / 10 ** scale;
}

/** The offsets of a variable-length layout (32- or 64-bit). */
function offsetsOf(bytes: Uint8Array, large: boolean): (i: number) => number {
  const data = dataView(bytes);
  return large ? (i) => int64(data, i * 8) : (i) => data.getInt32(i * 4, true);
}

/** Decodes one field (and its children) at the cursor into `length` values. */
function readField(cursor: BatchCursor, field: ArrowField, dictionaries: Map<number, unknown[]>): unknown[] {
  const { length, nulls } = cursor.nextNode();
  const type: ArrowType = field.dictionary ? field.dictionary.index : field.type;
  const out: unknown[] = new Array(length);
  if (type.kind === 'null') return out.fill(null);
  const validity = cursor.nextBuffer();
  const valid = (i: number) => nulls === 0 || validAt(validity, i);
  switch (type.kind) {
    case 'bool': {
      const bits = cursor.nextBuffer();
      for (let i = 0; i < length; i++) out[i] = valid(i) ? (bits[i >> 3] & (1 << (i & 7))) !== 0 : null;
      break;
    }
    case 'utf8': case 'binary': {
      const offsets = cursor.nextBuffer();
      const data = cursor.nextBuffer();
      const aligned = !type.large && offsets.byteOffset % 4 === 0 && offsets.byteLength >= (length + 1) * 4;
      const offset = aligned ? new Int32Array(offsets.buffer, offsets.byteOffset, length + 1) : null;
      const at = offset ? (i: number) => offset[i] : offsetsOf(offsets, type.large);
      for (let i = 0; i < length; i++) {
        if (!valid(i)) out[i] = null;
        else out[i] = type.kind === 'utf8' ? text(data, at(i), at(i + 1)) : data.slice(at(i), at(i + 1));
      }
      break;
    }
    case 'fixedBinary': {
      const data = cursor.nextBuffer();
      for (let i = 0; i < length; i++) out[i] = valid(i) ? data.slice(i * type.width, (i + 1) * type.width) : null;
      break;
    }
    case 'decimal': {
      const data = dataView(cursor.nextBuffer());
      for (let i = 0; i < length; i++) out[i] = valid(i) ? decimalAt(data, type.bytes, type.scale, i) : null;
      break;
    }
    case 'interval': {
      const data = dataView(cursor.nextBuffer());
      const width = type.unit === 2 ? 16 : type.unit === 1 ? 8 : 4;
      for (let i = 0; i < length; i++) out[i] = valid(i) ? intervalAt(data, type.unit, i * width) : null;
      break;
    }
    case 'list': case 'map': {
      const offset = offsetsOf(cursor.nextBuffer(), type.kind === 'list' && type.large);
      const items = readField(cursor, field.children[0], dictionaries);
      for (let i = 0; i < length; i++) {
        const slice = valid(i) ? items.slice(offset(i), offset(i + 1)) : null;
        out[i] = slice && type.kind === 'map' ? Object.fromEntries(slice.map((entry) => Object.values(entry as object))) : slice;
      }
      break;
    }
    case 'fixedList': {
      const items = readField(cursor, field.children[0], dictionaries);
      for (let i = 0; i < length; i++) out[i] = valid(i) ? items.slice(i * type.size, (i + 1) * type.size) : null;
      break;
    }
    case 'struct': {
      const children = field.children.map((child) => [child.name, readField(cursor, child, dictionaries)] as const);
      for (let i = 0; i < length; i++) out[i] = valid(i) ? Object.fromEntries(children.map(([name, values]) => [name, values[i]])) : null;
      break;
    }
    default: {
      const bytes = cursor.nextBuffer();
      const typed = typedArray(bytes, type);
      if (typed) for (let i = 0; i < length; i++) out[i] = valid(i) ? typed[i] : null;
      else {
        const data = dataView(bytes);
        for (let i = 0; i < length; i++) out[i] = valid(i) ? numberAt(data, type, i) : null;
      }
    }
  }
  if (!field.dictionary) return out;
  const dictionary = dictionaries.get(field.dictionary.id) ?? [];
  return out.map((index) => (index === null ? null : dictionary[index as number]));
}

/** An interval as months, days and nanoseconds (DuckDB sends month-day-nano intervals). */
function intervalAt(data: DataView, unit: number, at: number): { months: number; days: number; nanoseconds: number } {
  if (unit === 2) return { months: data.getInt32(at, true), days: data.getInt32(at + 4, true), nanoseconds: int64(data, at + 8) };
  if (unit === 1) return { months: 0, days: data.getInt32(at, true), nanoseconds: data.getInt32(at + 4, true) * 1e6 };
  return { months: data.getInt32(at, true), days: 0, nanoseconds: 0 };
}

/** Every top-level field's values in one record batch whose body starts at `body`. */
export function readValues(view: DataView, batch: FbTable, body: number, fields: readonly ArrowField[], dictionaries: Map<number, unknown[]>): unknown[][] {
  const cursor = new BatchCursor(view, batch, body);
  return fields.map((field) => readField(cursor, field, dictionaries));
}
