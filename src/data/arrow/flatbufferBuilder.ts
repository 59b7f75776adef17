/**
 * Just enough of a FlatBuffers *writer* to build Arrow IPC message headers: tables with vtables, scalars,
 * strings, vectors of tables and of structs of 64-bit integers, and unions (a type tag field beside a
 * table field). The counterpart of `flatbuffer.ts`; little-endian, no generated code.
 * (Spec: https://flatbuffers.dev/flatbuffers_internals.html)
 *
 * A header is described as a tree of plain objects and laid out front to back: each table is followed by
 * the objects it refers to, since a FlatBuffers reference (an unsigned offset) may only point forward.
 * Every value is aligned to its own size from the start of the buffer, as Arrow C++'s verifier (which
 * DuckDB-WASM runs on every message it is given) requires.
 */

/** One field of a table: a scalar of 1, 2, 4 or 8 bytes, or a reference to another object. */
export type FbField = { bytes: 1 | 2 | 4 | 8; value: number } | { ref: FbObject };

/** Something a reference can point to. */
export type FbObject =
  /** A table; a hole (undefined) is a field left out, which the reader sees as its default. */
  | { table: readonly (FbField | undefined)[] }
  | { string: string }
  | { tables: readonly FbObject[] }
  /** A vector of structs made of 64-bit integers only: `longs` holds them all, `perStruct` to a struct. */
  | { longs: readonly number[]; perStruct: number };

/** A scalar field. Unlike generated builders, a value equal to the schema's default is written all the same. */
export const scalar = (bytes: 1 | 2 | 4 | 8, value: number): FbField => ({ bytes, value });

/** A reference field. */
export const ref = (target: FbObject): FbField => ({ ref: target });

/** A byte buffer that grows as it is written, every write little-endian. */
class Output {
  bytes = new Uint8Array(256);
  view = new DataView(this.bytes.buffer);
  size = 0;

  /** Moves to the next position that is `offset` past a multiple of `alignment`, then claims `length` bytes. */
  claim(length: number, alignment = 1, offset = 0): number {
    while (this.size % alignment !== offset) this.size++;
    const at = this.size;
    this.size += length;
    if (this.size > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.size, this.bytes.length * 2));
      grown.set(this.bytes);
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    return at;
  }

  /** Writes an integer; 8-byte values are exact up to 2^53, as every Arrow length and offset here is. */
  setInt(at: number, bytes: 1 | 2 | 4 | 8, value: number): void {
    if (bytes === 1) this.view.setUint8(at, value);
    else if (bytes === 2) this.view.setUint16(at, value, true);
    else if (bytes === 4) this.view.setUint32(at, value, true);
    else {
      this.view.setUint32(at, value % 2 ** 32, true);
      this.view.setInt32(at + 4, Math.floor(value / 2 ** 32), true);
    }
  }

  /** Points the 4-byte reference at `slot` to `target`, which lies after it. */
  link(slot: number, target: number): void {
    this.view.setUint32(slot, target - slot, true);
  }
}

const utf8 = new TextEncoder();

/** Writes a table: its vtable, then the table itself, then what its reference fields point to. */
function writeTable(out: Output, fields: readonly (FbField | undefined)[]): number {
  const vtable = out.claim(4 + 2 * fields.length, 2);
  const start = out.claim(4, fields.some((field) => field && 'bytes' in field && field.bytes === 8) ? 8 : 4);
  // The table's first word is the signed distance back to its vtable.
  out.view.setInt32(start, start - vtable, true);
  const refs: [number, FbObject][] = [];
  fields.forEach((field, i) => {
    if (!field) return;
    const bytes = 'ref' in field ? 4 : field.bytes;
    const at = out.claim(bytes, bytes);
    out.view.setUint16(vtable + 4 + 2 * i, at - start, true);
    if ('ref' in field) refs.push([at, field.ref]);
    else out.setInt(at, bytes, field.value);
  });
  out.view.setUint16(vtable, 4 + 2 * fields.length, true);
  out.view.setUint16(vtable + 2, out.size - start, true);
  for (const [slot, target] of refs) out.link(slot, writeObject(out, target));
  return start;
}

/** Writes any object and returns where it starts. */
function writeObject(out: Output, object: FbObject): number {
  if ('table' in object) return writeTable(out, object.table);
  if ('string' in object) {
    const text = utf8.encode(object.string);
    // A string is its length, its bytes and a terminating zero the verifier checks for.
    const at = out.claim(4 + text.length + 1, 4);
    out.setInt(at, 4, text.length);
    out.bytes.set(text, at + 4);
    return at;
  }
  if ('tables' in object) {
    const at = out.claim(4 + 4 * object.tables.length, 4);
    out.setInt(at, 4, object.tables.length);
    object.tables.forEach((table, i) => out.link(at + 4 + 4 * i, writeObject(out, table)));
    return at;
  }
  // The length word sits 4 bytes before an 8-byte boundary, so that every 64-bit element is aligned.
  const at = out.claim(4 + 8 * object.longs.length, 8, 4);
  out.setInt(at, 4, object.longs.length / object.perStruct);
  object.longs.forEach((value, i) => out.setInt(at + 4 + 8 * i, 8, value));
  return at;
}

/**
 * A FlatBuffer whose root is `root`, padded with zeros to a multiple of 8 bytes (the length Arrow wants
 * for a message header).
 */
export function buildFlatBuffer(root: FbObject): Uint8Array {
  const out = new Output();
  const slot = out.claim(4, 4);
  out.link(slot, writeObject(out, root));
  out.claim(0, 8);
  return out.bytes.slice(0, out.size);
}
