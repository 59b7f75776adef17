/**
 * Arrow schemas as read from an IPC Schema message: each field's name, type and children, and its
 * dictionary encoding. Only what query results carry is described; anything else is named in an error.
 * (Spec: https://arrow.apache.org/docs/format/Columnar.html, Schema.fbs)
 */
import type { FbTable } from './flatbuffer';

/** A column's type, as far as decoding it needs. */
export type ArrowType =
  | { kind: 'null' }
  | { kind: 'int'; bytes: 1 | 2 | 4 | 8; signed: boolean }
  | { kind: 'float'; bytes: 4 | 8 }
  | { kind: 'utf8' | 'binary'; large: boolean }
  | { kind: 'bool' }
  | { kind: 'decimal'; scale: number; bytes: number }
  | { kind: 'date'; day: boolean }
  | { kind: 'time' | 'duration'; bytes: 4 | 8 }
  /** Divide by `perMs` for epoch milliseconds (seconds: 1/1000, microseconds: 1000). */
  | { kind: 'timestamp'; perMs: number }
  | { kind: 'interval'; unit: number }
  | { kind: 'fixedBinary'; width: number }
  | { kind: 'list'; large: boolean }
  | { kind: 'fixedList'; size: number }
  | { kind: 'struct' | 'map' };

/** One field of a schema. */
export interface ArrowField {
  name: string;
  type: ArrowType;
  children: ArrowField[];
  /** For a dictionary-encoded field: the dictionary's id and the type of the indices stored in the batch. */
  dictionary?: { id: number; index: ArrowType & { kind: 'int' } };
}

const TIME_UNITS_PER_MS = [1 / 1000, 1, 1000, 1_000_000];
const TYPE_NAMES = ['NONE', 'Null', 'Int', 'FloatingPoint', 'Binary', 'Utf8', 'Bool', 'Decimal', 'Date', 'Time', 'Timestamp', 'Interval',
  'List', 'Struct', 'Union', 'FixedSizeBinary', 'FixedSizeList', 'Map', 'Duration', 'LargeBinary', 'LargeUtf8', 'LargeList'];

function intType(table: FbTable | null): ArrowType & { kind: 'int' } {
  const bits = table?.int(0, 4, 32) ?? 32;
  return { kind: 'int', bytes: (bits / 8) as 1 | 2 | 4 | 8, signed: table?.bool(1) ?? true };
}

function floatType(table: FbTable | null): ArrowType {
  const precision = table?.int(0, 2) ?? 0;
  if (precision === 0) throw new Error('Query results of Arrow type half-precision float cannot be read.');
  return { kind: 'float', bytes: precision === 1 ? 4 : 8 };
}

/** The type of a Field table: its union tag (field 2) and the type's own table (field 3). */
function fieldType(field: FbTable): ArrowType {
  const tag = field.int(2, 1, 0, false);
  const type = field.table(3);
  switch (tag) {
    case 1: return { kind: 'null' };
    case 2: return intType(type);
    case 3: return floatType(type);
    case 4: return { kind: 'binary', large: false };
    case 5: return { kind: 'utf8', large: false };
    case 6: return { kind: 'bool' };
    case 7: return { kind: 'decimal', scale: type?.int(1, 4) ?? 0, bytes: (type?.int(2, 4, 128) ?? 128) / 8 };
    case 8: return { kind: 'date', day: (type?.int(0, 2, 1) ?? 1) === 0 };
    case 9: return { kind: 'time', bytes: (type?.int(1, 4, 32) ?? 32) === 64 ? 8 : 4 };
    case 10: return { kind: 'timestamp', perMs: TIME_UNITS_PER_MS[type?.int(0, 2) ?? 0] };
    case 11: return { kind: 'interval', unit: type?.int(0, 2) ?? 0 };
    case 12: return { kind: 'list', large: false };
    case 13: return { kind: 'struct' };
    case 15: return { kind: 'fixedBinary', width: type?.int(0, 4) ?? 0 };
    case 16: return { kind: 'fixedList', size: type?.int(0, 4) ?? 0 };
    case 17: return { kind: 'map' };
    case 18: return { kind: 'duration', bytes: 8 };
    case 19: return { kind: 'binary', large: true };
    case 20: return { kind: 'utf8', large: true };
    case 21: return { kind: 'list', large: true };
    default: throw new Error(`Query results of Arrow type ${TYPE_NAMES[tag] ?? tag} cannot be read.`);
  }
}

/** A Field table as an ArrowField. */
export function readField(field: FbTable): ArrowField {
  const encoding = field.table(4);
  return {
    name: field.string(0) ?? '',
    type: fieldType(field),
    children: field.tables(5).map(readField),
    ...(encoding ? { dictionary: { id: encoding.int(0, 8), index: intType(encoding.table(1)) } } : {}),
  };
}

/** The fields of a Schema table. */
export function readSchema(schema: FbTable): ArrowField[] {
  return schema.tables(1).map(readField);
}
