/**
 * The values of one record batch: each field's buffers, taken in the order the IPC format lays them out
 * (fields depth first; per field its validity bitmap, then offsets and/or data), turned into JavaScript
 * values. Integers wider than 32 bits become numbers (exact below 2^53, as the engine is asked to cast
 * BIGINT to DOUBLE anyway), dates and timestamps epoch milliseconds.
 */
import type { FbTable } from './flatbuffer';
import type { ArrowField, ArrowType } from './schema';
import { dataView, decimalAt, intervalAt, numberAt, offsetsOf, text, typedArray, validAt } from './scalars';


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
      const at = int32Offsets(offsets, length, type.large);
      for (let i = 0; i < length; i++) {
        if (!valid(i)) out[i] = null;
        else out[i] = type.kind === 'utf8' ? text(data, at[i], at[i + 1]) : data.slice(at[i], at[i + 1]);
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

/**
 * A text column left as the stream has it: where each value's UTF-8 bytes start and end in `data`, and
 * which values are null. For a reader that looks values up by their bytes (the loader), so that no
 * string is made per cell.
 */
export interface TextColumn {
  readonly text: true;
  length: number;
  /** Value i is `data[offsets[i] … offsets[i + 1])`. */
  offsets: Int32Array;
  data: Uint8Array;
  /** The validity bitmap (bit i set: value i is not null), or null when no value is null. */
  validity: Uint8Array | null;
}

/**
 * A text or binary field's `length + 1` offsets as an Int32Array: a view of the buffer when it is one
 * already, else a copy (unaligned or 64-bit offsets), so reading an offset is an array access.
 */
function int32Offsets(offsets: Uint8Array, length: number, large: boolean): Int32Array {
  if (!large && offsets.byteOffset % 4 === 0 && offsets.byteLength >= (length + 1) * 4) return new Int32Array(offsets.buffer, offsets.byteOffset, length + 1);
  const at = offsetsOf(offsets, large);
  return Int32Array.from({ length: length + 1 }, (_, i) => at(i));
}

function textColumn(cursor: BatchCursor, type: ArrowType & { kind: 'utf8' | 'binary' }): TextColumn {
  const { length, nulls } = cursor.nextNode();
  const validity = cursor.nextBuffer();
  const offsets = cursor.nextBuffer();
  const data = cursor.nextBuffer();
  return {
    text: true, length, data,
    offsets: int32Offsets(offsets, length, type.large),
    validity: nulls === 0 || validity.length === 0 ? null : validity,
  };
}

/**
 * Every top-level field's values in one record batch whose body starts at `body`; with `rawText`, a
 * top-level text field is left as a TextColumn.
 */
export function readValues(view: DataView, batch: FbTable, body: number, fields: readonly ArrowField[], dictionaries: Map<number, unknown[]>, rawText = false): (unknown[] | TextColumn)[] {
  const cursor = new BatchCursor(view, batch, body);
  return fields.map((field) =>
    rawText && field.type.kind === 'utf8' && !field.dictionary ? textColumn(cursor, field.type) : readField(cursor, field, dictionaries));
}
