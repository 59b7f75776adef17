/**
 * Stands in for Apache Arrow's JavaScript library in the app's build (see vite.config.ts). DuckDB-WASM's
 * main-thread API imports Arrow to decode results in its connection and statement classes; the app asks
 * the engine for the IPC bytes instead (src/data/browserClient.ts) and reads them with src/data/arrow/,
 * so those paths never run, and leaving Arrow out keeps 35 kB (gzip) out of every page load. If a future
 * use did reach one of them, it fails at once with this sentence rather than misbehaving.
 */

function unavailable(name: string): never {
  throw new Error(`Apache Arrow's ${name} is not part of this build: read results with src/data/arrow/ instead.`);
}

/** Arrow's type ids (the values of Apache Arrow's own enum), for the engine API's type mapping. */
export const Type = Object.freeze({
  Null: 1, Int: 2, Float: 3, Binary: 4, Utf8: 5, Bool: 6, Decimal: 7, Date: 8, Time: 9, Timestamp: 10, List: 12, Struct: 13,
  FixedSizeBinary: 15, Map: 17, Int16: -3, Int32: -4, Int64: -5, Uint8: -6, Uint16: -7, Uint32: -8, Uint64: -9, Float16: -10,
  Float32: -11, Float64: -12, DateDay: -13, DateMillisecond: -14, TimestampSecond: -15, TimestampMillisecond: -16,
  TimestampMicrosecond: -17, TimestampNanosecond: -18, TimeSecond: -19, TimeMillisecond: -20, TimeMicrosecond: -21,
  TimeNanosecond: -22, IntervalDayTime: -25, IntervalYearMonth: -26,
});

export class RecordBatchReader {
  static from(): never {
    return unavailable('RecordBatchReader');
  }
}

export class Table {
  constructor() {
    unavailable('Table');
  }
}

export function tableToIPC(): never {
  return unavailable('tableToIPC');
}
