/**
 * Single values of an Arrow buffer: integers of every width (wider than 32 bits as numbers, exact below
 * 2^53), floats, dates and timestamps as epoch milliseconds, decimals, intervals and UTF-8 text.
 */
import type { ArrowType } from './schema';
import { utf8 } from '../utf8';

const MS_PER_DAY = 86_400_000;

/** Whether value `i` is set in a validity bitmap (an empty bitmap: every value is). */
export function validAt(bitmap: Uint8Array, i: number): boolean {
  return bitmap.length === 0 || (bitmap[i >> 3] & (1 << (i & 7))) !== 0;
}

/** A DataView over bytes, for reading numbers at any alignment. */
export const dataView = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A typed array over an aligned buffer of 8- to 32-bit integers or floats (the common results), else null. */
export function typedArray(bytes: Uint8Array, type: ArrowType): ArrayLike<number> | null {
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
export function numberAt(data: DataView, type: ArrowType, i: number): number {
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
export function text(bytes: Uint8Array, start: number, end: number): string {
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
export function decimalAt(data: DataView, bytes: number, scale: number, i: number): number {
  let value = 0n;
  for (let b = bytes - 1; b >= 0; b--) value = (value << 8n) | BigInt(data.getUint8(i * bytes + b));
  if (value >= 1n << BigInt(bytes * 8 - 1)) value -= 1n << BigInt(bytes * 8);
  return Number(value) / 10 ** scale;
}

/** The offsets of a variable-length layout (32- or 64-bit). */
export function offsetsOf(bytes: Uint8Array, large: boolean): (i: number) => number {
  const data = dataView(bytes);
  return large ? (i) => int64(data, i * 8) : (i) => data.getInt32(i * 4, true);
}

/** An interval as months, days and nanoseconds (DuckDB sends month-day-nano intervals). */
export function intervalAt(data: DataView, unit: number, at: number): { months: number; days: number; nanoseconds: number } {
  if (unit === 2) return { months: data.getInt32(at, true), days: data.getInt32(at + 4, true), nanoseconds: int64(data, at + 8) };
  if (unit === 1) return { months: 0, days: data.getInt32(at, true), nanoseconds: data.getInt32(at + 4, true) * 1e6 };
  return { months: data.getInt32(at, true), days: 0, nanoseconds: 0 };
}

