/**
 * The body of one record batch, column by column: for rows [start, end) of a column, its null count and
 * its buffers in the order the IPC format lays them out (validity bitmap, then data, or offsets then
 * bytes for text). Values are shared with the caller's arrays wherever Arrow's layout is theirs already
 * (8- to 64-bit numbers, days), and built only where it differs (bitmaps, 64-bit timestamps, text
 * offsets of a later batch). Typed arrays are read as little-endian bytes, the byte order of every
 * platform the app runs on. (Spec: https://arrow.apache.org/docs/format/Columnar.html)
 */
import type { WriterColumn } from './writer';

/** One column's share of a record batch. */
interface ColumnBuffers {
  nulls: number;
  buffers: Uint8Array[];
}

const EMPTY = new Uint8Array(0);

/** How many bits are set in each byte value. */
const BITS_SET = new Uint8Array(256);
for (let i = 1; i < 256; i++) BITS_SET[i] = (i & 1) + BITS_SET[i >> 1];

/** Four bytes of a little-endian word as four bits, one for each non-zero byte. */
function wordBits(word: number): number {
  // Fold each byte onto its low bit, then one multiply moves byte i's bit to bit 28 + i (a product
  // below bit 28 never carries into them) for the shift to bring down.
  word |= word >>> 4;
  word |= word >>> 2;
  word |= word >>> 1;
  return Math.imul(word & 0x01010101, 0x10204080) >>> 28;
}

/**
 * Rows [start, end) of one byte per row packed LSB-first, a bit set for each non-zero byte, and how
 * many are set. This packing runs for most columns of every load, so it makes a whole output byte at
 * a time: from two 32-bit words when the rows start on a 4-byte boundary (the usual case), otherwise
 * from eight bytes without branches (`-b >>> 31` is 1 for any byte b > 0).
 */
function packBits(bytes: Uint8Array, start: number, end: number): { bits: Uint8Array; set: number } {
  const rows = end - start;
  const bits = new Uint8Array((rows + 7) >> 3);
  const whole = rows >> 3;
  let set = 0;
  if ((bytes.byteOffset + start) % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + start, whole * 2);
    for (let o = 0, w = 0; o < whole; o++, w += 2) {
      const b = wordBits(words[w]) | (wordBits(words[w + 1]) << 4);
      bits[o] = b;
      set += BITS_SET[b];
    }
  } else {
    for (let o = 0, i = start; o < whole; o++, i += 8) {
      const b = (-bytes[i] >>> 31) | ((-bytes[i + 1] >>> 30) & 2) | ((-bytes[i + 2] >>> 29) & 4) | ((-bytes[i + 3] >>> 28) & 8)
        | ((-bytes[i + 4] >>> 27) & 16) | ((-bytes[i + 5] >>> 26) & 32) | ((-bytes[i + 6] >>> 25) & 64) | ((-bytes[i + 7] >>> 24) & 128);
      bits[o] = b;
      set += BITS_SET[b];
    }
  }
  for (let r = whole * 8; r < rows; r++) {
    if (bytes[start + r] !== 0) {
      bits[r >> 3] |= 1 << (r & 7);
      set++;
    }
  }
  return { bits, set };
}

/** The bytes of elements [start, end) of a typed array, without a copy. */
function bytesOf(values: ArrayBufferView & { BYTES_PER_ELEMENT: number }, start: number, end: number): Uint8Array {
  const width = values.BYTES_PER_ELEMENT;
  return new Uint8Array(values.buffer, values.byteOffset + start * width, (end - start) * width);
}

/** Epoch milliseconds as Arrow's 64-bit integers: a low and a high 32-bit word per value. */
function int64Bytes(values: Float64Array, start: number, end: number): Uint8Array {
  const words = new Uint32Array(2 * (end - start));
  for (let i = start, w = 0; i < end; i++, w += 2) {
    const value = values[i];
    const high = Math.floor(value / 4294967296);
    // The low word is computed in [0, 2^32) rather than left to the store's modulo, which V8 runs
    // several times slower for large doubles; a negative high word is stored as its two's complement.
    words[w] = value - high * 4294967296;
    words[w + 1] = high;
  }
  return new Uint8Array(words.buffer);
}

/** Text rows [start, end): offsets made to start at 0 (as each batch's must), and the bytes they cover. */
function textBuffers(offsets: Int32Array, bytes: Uint8Array, start: number, end: number): Uint8Array[] {
  const first = offsets[start];
  let own = offsets.subarray(start, end + 1);
  if (first !== 0) {
    own = new Int32Array(own);
    for (let i = 0; i < own.length; i++) own[i] -= first;
  }
  return [bytesOf(own, 0, own.length), bytes.subarray(first, offsets[end])];
}

/** How many rows a column holds, whatever its layout. */
function rowsHeld(column: WriterColumn): number {
  return column.type === 'utf8' ? column.offsets.length - 1 : column.values.length;
}

/** Throws unless `column` has at least `length` rows, and its validity too when it has one. */
export function checkColumn(column: WriterColumn, length: number): void {
  if (rowsHeld(column) < length || (column.valid && column.valid.length < length)) {
    throw new Error(`Column "${column.name}" has fewer than the ${length} rows to write.`);
  }
}

/** Rows [start, end) of a column as the null count and buffers of a record batch. */
export function columnBuffers(column: WriterColumn, start: number, end: number): ColumnBuffers {
  let validity: Uint8Array = EMPTY;
  let nulls = 0;
  if (column.valid) {
    const { bits, set } = packBits(column.valid, start, end);
    nulls = end - start - set;
    // With no null, Arrow allows leaving the bitmap out: less to write and for the engine to read.
    if (nulls > 0) validity = bits;
  }
  switch (column.type) {
    case 'bool': return { nulls, buffers: [validity, packBits(column.values, start, end).bits] };
    case 'timestamp_ms': return { nulls, buffers: [validity, int64Bytes(column.values, start, end)] };
    case 'utf8': return { nulls, buffers: [validity, ...textBuffers(column.offsets, column.bytes, start, end)] };
    default: return { nulls, buffers: [validity, bytesOf(column.values, start, end)] };
  }
}
