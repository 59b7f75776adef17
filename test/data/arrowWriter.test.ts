import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FbTable } from '../../src/data/arrow/flatbuffer';
import { arrowRows, readArrowIpc } from '../../src/data/arrow/ipc';
import { arrowStream, type WriterColumn } from '../../src/data/arrow/writer';
import { openNodeEngine } from '../../src/data/nodeClient';
import { referenceRows } from '../helpers/arrow';

const DAY = 86_400_000;
type Value = number | boolean | string | null;

/** Validity bytes of values, with two rows to spare past the end, as a caller's growing buffer has. */
const validOf = (values: readonly Value[]) => Uint8Array.from([...values.map((v) => (v === null ? 0 : 1)), 0, 0]);

/** A text column of `strings`, its arrays longer than the rows and its offsets' spare entry pointing past the bytes. */
function textColumn(name: string, strings: readonly (string | null)[]): WriterColumn {
  const parts = strings.map((s) => new TextEncoder().encode(s ?? ''));
  const offsets = new Int32Array(parts.length + 2);
  parts.forEach((part, i) => (offsets[i + 1] = offsets[i] + part.length));
  offsets[parts.length + 1] = offsets[parts.length] + 3;
  const bytes = new Uint8Array(offsets[parts.length + 1]).fill(0x78);
  parts.forEach((part, i) => bytes.set(part, offsets[i]));
  return { name, type: 'utf8', offsets, bytes, valid: validOf(strings) };
}

/** Every column type, with nulls, as the values the project's reader should give back for each. */
const expected: Record<string, Value[]> = {
  i8: [-128, 127, null, 0, -1, 5, 6],
  u8: [0, 255, 1, null, 200, 7, 8],
  i16: [-32768, 32767, null, 1, 2, 3, 4],
  u16: [65535, 0, 1, 2, null, 3, 4],
  i32: [-2147483648, 2147483647, 0, null, 9, 10, 11],
  u32: [4294967295, 0, null, 1, 2, 3, 4],
  f64: [1.5, -0.25, 1e300, null, 3, NaN, 0],
  flag: [true, false, null, true, true, false, true],
  day: [0, -DAY, 16161 * DAY, null, 20000 * DAY, DAY, 2 * DAY],
  stamp: [0, -1, 1396347630123, null, 253402300799999, -62135596800000, 1],
  'naïve name ✓': ['', 'ascii', null, 'héllo wörld, a longer text past the short path', '€', '🦊 fox', "it's"],
};
const ROWS = 7;

function sampleColumns(): WriterColumn[] {
  const e = expected;
  const num = <T extends { length: number }>(make: (n: readonly number[]) => T, values: readonly Value[]) =>
    make([...values.map((v) => (v === null ? 99 : Number(v))), 42, 42]);
  return [
    { name: 'i8', type: 'int8', values: num((n) => Int8Array.from(n), e.i8), valid: validOf(e.i8) },
    { name: 'u8', type: 'uint8', values: num((n) => Uint8Array.from(n), e.u8), valid: validOf(e.u8) },
    { name: 'i16', type: 'int16', values: num((n) => Int16Array.from(n), e.i16), valid: validOf(e.i16) },
    { name: 'u16', type: 'uint16', values: num((n) => Uint16Array.from(n), e.u16), valid: validOf(e.u16) },
    { name: 'i32', type: 'int32', values: num((n) => Int32Array.from(n), e.i32), valid: validOf(e.i32) },
    { name: 'u32', type: 'uint32', values: num((n) => Uint32Array.from(n), e.u32), valid: validOf(e.u32) },
    { name: 'f64', type: 'float64', values: num((n) => Float64Array.from(n), e.f64), valid: validOf(e.f64) },
    { name: 'flag', type: 'bool', values: num((n) => Uint8Array.from(n, (v) => (v === 99 ? 1 : v)), e.flag), valid: validOf(e.flag) },
    { name: 'day', type: 'date32', values: num((n) => Int32Array.from(n, (v) => v / DAY), e.day), valid: validOf(e.day) },
    { name: 'stamp', type: 'timestamp_ms', values: num((n) => Float64Array.from(n), e.stamp), valid: validOf(e.stamp) },
    textColumn('naïve name ✓', e['naïve name ✓'] as (string | null)[]),
  ];
}

/** The expected values as rows, keyed by column name. */
const expectedRows = () => Array.from({ length: ROWS }, (_, r) => Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v[r]])));

/** Walks a stream's framing: per record batch, its row count, field nodes and buffers; checks alignment on the way. */
function layout(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const batches: { rows: number; nodes: number[][]; buffers: number[][] }[] = [];
  let at = 0;
  for (;;) {
    expect([at % 8, view.getUint32(at, true)]).toEqual([0, 0xffffffff]);
    const size = view.getInt32(at + 4, true);
    if (size === 0) break;
    expect(size % 8).toBe(0);
    const message = FbTable.root(view, at + 8);
    expect(message.int(0, 2)).toBe(4); // MetadataVersion V5
    const header = message.table(2)!;
    if (message.int(1, 1) === 3) {
      const pairs = (field: number) => header.structs(field, 16).map((s) => [header.int64At(s), header.int64At(s + 8)]);
      batches.push({ rows: header.int(0, 8), nodes: pairs(1), buffers: pairs(2) });
      for (const [offset] of pairs(2)) expect(offset % 8).toBe(0);
    }
    at += 8 + size + message.int(3, 8);
  }
  expect(at + 8).toBe(bytes.length);
  return batches;
}

describe('Arrow IPC stream writer', () => {
  it.each([[undefined, [7]], [3, [3, 3, 1]], [1, [1, 1, 1, 1, 1, 1, 1]]])('round-trips every type in batches of %s rows through both readers', (batchRows, sizes) => {
    const bytes = arrowStream(sampleColumns(), ROWS, batchRows);
    expect(layout(bytes).map((b) => b.rows)).toEqual(sizes);
    expect(arrowRows(readArrowIpc(bytes))).toEqual(expectedRows());
    expect(referenceRows(bytes)).toEqual(expectedRows());
    const fields = tableFromIPC(bytes).schema.fields;
    expect(fields.map((f) => `${f.name}:${f.type}:${f.nullable}`)).toEqual(Object.keys(expected).map((name, i) =>
      `${name}:${['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float64', 'Bool', 'Date32<DAY>', 'Timestamp<MILLISECOND>', 'Utf8'][i]}:true`));
  });

  it('counts nulls, and leaves the validity bitmap out when no row is null or no validity is given', () => {
    const values = Uint8Array.from({ length: 20 }, (_, i) => i);
    const valid = new Uint8Array(20).fill(1);
    valid[19] = 0; // past the rows written: must not count
    const someNull = valid.map((v, i) => (i % 3 === 0 ? 0 : v));
    const [batch] = layout(arrowStream([
      { name: 'a', type: 'uint8', values, valid }, { name: 'b', type: 'uint8', values }, { name: 'c', type: 'uint8', values, valid: someNull },
      { name: 'd', type: 'bool', values: someNull },
    ], 19));
    expect(batch.nodes).toEqual([[19, 0], [19, 0], [19, 7], [19, 0]]);
    // Booleans take a bit a row: 19 rows in 3 bytes.
    expect(batch.buffers.map(([, length]) => length)).toEqual([0, 19, 0, 19, 3, 19, 0, 3]);
  });

  it('packs validity and booleans that start anywhere in their buffer, whatever the batch boundaries', () => {
    const rows = 1001;
    const backing = Uint8Array.from({ length: rows + 3 }, (_, i) => (i * 7919) % 5 === 0 ? 0 : 1 + (i % 3));
    const valid = backing.subarray(1); // an odd byteOffset
    const bits = Uint8Array.from({ length: rows }, (_, i) => (i * 31) % 7 < 3 ? 1 : 0);
    const want = Array.from({ length: rows }, (_, i) => (valid[i] ? bits[i] === 1 : null));
    for (const batchRows of [rows, 8, 13, 500]) {
      const bytes = arrowStream([{ name: 'b', type: 'bool', values: bits, valid }], rows, batchRows);
      expect(readArrowIpc(bytes).columns[0]).toEqual(want);
      expect(tableFromIPC(bytes).getChild('b')!.toArray()).toEqual(want);
    }
  });

  it('writes zero rows as one empty batch, with every field', () => {
    const bytes = arrowStream(sampleColumns(), 0);
    expect(layout(bytes).map((b) => b.rows)).toEqual([0]);
    const { names, columns, length } = readArrowIpc(bytes);
    expect({ names, columns, length }).toEqual({ names: Object.keys(expected), columns: Object.keys(expected).map(() => []), length: 0 });
    expect(tableFromIPC(bytes).numRows).toBe(0);
  });

  it('refuses a column with fewer values than rows, and impossible batch sizes', () => {
    expect(() => arrowStream([{ name: 'x', type: 'int32', values: new Int32Array(3) }], 4)).toThrow(/"x" has fewer than the 4 rows/);
    expect(() => arrowStream([textColumn('s', ['a'])], 3)).toThrow(/"s"/);
    expect(() => arrowStream([{ name: 'x', type: 'int32', values: new Int32Array(3) }], 3, 0)).toThrow(/batches of 0/);
  });
});

describe('Arrow IPC stream writer into DuckDB-WASM', () => {
  let engine: Awaited<ReturnType<typeof openNodeEngine>>;
  const rows = (sql: string) => arrowRows(readArrowIpc(engine.bindings.runQuery(engine.id, sql)));
  const types = (table: string) => rows(`DESCRIBE ${table}`).map((r) => `${r.column_name} ${r.column_type}`);
  beforeAll(async () => {
    engine = await openNodeEngine();
  });
  afterAll(() => engine.conn.close());

  it('creates a table of the mapped types, with the rows written in order', () => {
    engine.conn.insertArrowFromIPCStream(arrowStream(sampleColumns(), ROWS, 3), { name: 't', create: true });
    expect(types('t')).toEqual(['i8 TINYINT', 'u8 UTINYINT', 'i16 SMALLINT', 'u16 USMALLINT', 'i32 INTEGER', 'u32 UINTEGER',
      'f64 DOUBLE', 'flag BOOLEAN', 'day DATE', 'stamp TIMESTAMP_MS', 'naïve name ✓ VARCHAR']);
    expect(rows('SELECT * FROM t ORDER BY rowid')).toEqual(expectedRows());
    expect(rows('SELECT stamp::VARCHAR AS s FROM t WHERE rowid = 2')).toEqual([{ s: '2014-04-01 10:20:30.123' }]);
  });

  it('creates an empty table from zero rows', () => {
    engine.conn.insertArrowFromIPCStream(arrowStream(sampleColumns(), 0), { name: 'empty', create: true });
    expect(types('empty')).toEqual(types('t'));
    expect(rows('SELECT count(*)::INTEGER AS n FROM empty')).toEqual([{ n: 0 }]);
  });

  it('inserts 300,000 rows written as several batches, in the order written', () => {
    const n = 300_000;
    const id = Int32Array.from({ length: n }, (_, i) => i);
    const code = Uint8Array.from({ length: n }, (_, i) => i % 251);
    const valid = Uint8Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : 1));
    const bytes = arrowStream([
      { name: 'id', type: 'int32', values: id },
      { name: 'code', type: 'uint8', values: code, valid },
      textColumn('key', Array.from({ length: n }, (_, i) => `R${String(i).padStart(8, '0')}`)),
    ], n, 65_536);
    expect(layout(bytes).map((b) => b.rows)).toEqual([65_536, 65_536, 65_536, 65_536, 37_856]);
    engine.conn.insertArrowFromIPCStream(bytes, { name: 'big', create: true });
    expect(rows(`SELECT count(*)::INTEGER AS n, count(code)::INTEGER AS coded, count(*) FILTER (WHERE id <> rowid)::INTEGER AS moved,
      count(*) FILTER (WHERE key <> 'R' || lpad(id::VARCHAR, 8, '0'))::INTEGER AS wrong FROM big`))
      .toEqual([{ n, coded: n - Math.ceil(n / 7), moved: 0, wrong: 0 }]);
    const picked = [0, 65_535, 65_536, 299_998, 299_999];
    expect(rows(`SELECT * FROM big WHERE rowid IN (${picked}) ORDER BY rowid`)).toEqual(picked.map((i) =>
      ({ id: i, code: valid[i] ? code[i] : null, key: `R${String(i).padStart(8, '0')}` })));
  });
});
