/**
 * The distinct values of one column, keyed by their bytes as written. Extracts repeat the same few
 * spellings (categories, boroughs, dates, ages, yes/no) across a million rows, so each cell becomes a
 * small number (its value's index) without making a JavaScript string per cell, and the reading rules
 * run once per distinct spelling. Open addressing over FNV-1a hashes; keys are kept as copies, so the
 * map outlives the buffer a cell was read from. Keys of up to three bytes (Y, N, 1, 14, F: most cells of
 * most columns) are packed into one integer and found in a table of their own, with no hashing of
 * bytes or comparing of keys: a third of the check of a million-row file went on those.
 */
import type { Steps } from '../pacing';
import { grown } from './grown';

const EMPTY = -1;
/** Values copied between steps of `column` (about 20 ms). */
const ROWS_PER_STEP = 250_000;

/** Distinct byte strings, numbered 0, 1, … in the order first seen. */
export class ByteValues {
  private slots: Int32Array;
  private hashes: Int32Array;
  /** Key i is `keys[offsets[i] … offsets[i + 1])`. */
  private keys: Uint8Array;
  private offsets: Int32Array;
  /** Short keys, packed (see `packed`), and their indices. */
  private shortKeys = new Int32Array(64).fill(EMPTY);
  private shortIndices = new Int32Array(64);
  private shortSize = 0;
  /** How many distinct values have been seen. */
  size = 0;

  constructor() {
    this.slots = new Int32Array(256).fill(EMPTY);
    this.hashes = new Int32Array(256);
    this.offsets = new Int32Array(257);
    this.keys = new Uint8Array(1024);
  }

  /** The index of `bytes[start … end)`, adding it if new. */
  indexOf(bytes: Uint8Array, start: number, end: number): number {
    if (end - start <= 3) {
      const key = packed(bytes, start, end);
      const slot = this.shortSlot(key);
      if (this.shortKeys[slot] !== EMPTY) return this.shortIndices[slot];
      return this.addShort(slot, key, bytes, start, end);
    }
    const hash = hashOf(bytes, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot];
      if (index === EMPTY) return this.add(slot, hash, bytes, start, end);
      if (this.hashes[slot] === hash && this.equals(index, bytes, start, end)) return index;
    }
  }

  /** Whether `bytes[start … end)` is one of the values (nothing is added). */
  has(bytes: Uint8Array, start: number, end: number): boolean {
    if (end - start <= 3) return this.shortKeys[this.shortSlot(packed(bytes, start, end))] !== EMPTY;
    const hash = hashOf(bytes, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot];
      if (index === EMPTY) return false;
      if (this.hashes[slot] === hash && this.equals(index, bytes, start, end)) return true;
    }
  }

  /** Orders values `a` and `b` by their bytes (the engine's order for UTF-8 text): negative, 0 or positive. */
  compare(a: number, b: number): number {
    const { keys, offsets } = this;
    const [aStart, aEnd, bStart, bEnd] = [offsets[a], offsets[a + 1], offsets[b], offsets[b + 1]];
    const length = Math.min(aEnd - aStart, bEnd - bStart);
    for (let i = 0; i < length; i++) {
      const difference = keys[aStart + i] - keys[bStart + i];
      if (difference !== 0) return difference;
    }
    return aEnd - aStart - (bEnd - bStart);
  }

  /**
   * Values `indices` as one UTF-8 column: each value's bytes in turn, and where each starts and ends; in
   * steps (src/data/pacing.ts), one per ROWS_PER_STEP values copied.
   */
  *column(indices: ArrayLike<number>, length: number): Steps<{ offsets: Int32Array; bytes: Uint8Array }> {
    const offsets = new Int32Array(length + 1);
    let total = 0;
    for (let i = 0; i < length; i++) {
      const index = indices[i];
      total += this.offsets[index + 1] - this.offsets[index];
      offsets[i + 1] = total;
    }
    const bytes = new Uint8Array(total);
    const { keys } = this;
    for (let start = 0; start < length; start += ROWS_PER_STEP) {
      // A loop, not set(subarray(…)): ids are a few bytes, and a view per value cost more than its copy.
      for (let i = start, at = offsets[start], end = Math.min(length, start + ROWS_PER_STEP); i < end; i++) {
        const index = indices[i];
        for (let from = this.offsets[index], last = this.offsets[index + 1]; from < last; from++) bytes[at++] = keys[from];
      }
      yield;
    }
    return { offsets, bytes };
  }

  /** The bytes of value `index`. */
  bytesOf(index: number): Uint8Array {
    return this.keys.subarray(this.offsets[index], this.offsets[index + 1]);
  }

  private equals(index: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.offsets[index];
    if (this.offsets[index + 1] - from !== end - start) return false;
    for (let i = start; i < end; i++) if (this.keys[from + i - start] !== bytes[i]) return false;
    return true;
  }

  /** The slot of a packed short key: where it is, or the empty slot where it would go. */
  private shortSlot(key: number): number {
    const mask = this.shortKeys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 20 & mask;
    while (this.shortKeys[slot] !== EMPTY && this.shortKeys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private addShort(slot: number, key: number, bytes: Uint8Array, start: number, end: number): number {
    const index = this.append(bytes, start, end);
    this.shortKeys[slot] = key;
    this.shortIndices[slot] = index;
    if (++this.shortSize * 2 > this.shortKeys.length) {
      const [keys, indices] = [this.shortKeys, this.shortIndices];
      this.shortKeys = new Int32Array(keys.length * 2).fill(EMPTY);
      this.shortIndices = new Int32Array(keys.length * 2);
      keys.forEach((old, i) => {
        if (old === EMPTY) return;
        const at = this.shortSlot(old);
        this.shortKeys[at] = old;
        this.shortIndices[at] = indices[i];
      });
    }
    return index;
  }

  /** Copies a new value's bytes into the keys and numbers it. */
  private append(bytes: Uint8Array, start: number, end: number): number {
    const index = this.size++;
    const from = this.offsets[index];
    const length = end - start;
    if (from + length > this.keys.length) this.keys = grown(this.keys, from + length);
    if (index + 2 > this.offsets.length) this.offsets = grown(this.offsets, index + 2);
    const keys = this.keys;
    for (let i = start, at = from; i < end; i++) keys[at++] = bytes[i]; // a view per new id cost more than its copy
    this.offsets[index + 1] = from + length;
    return index;
  }

  private add(slot: number, hash: number, bytes: Uint8Array, start: number, end: number): number {
    const index = this.append(bytes, start, end);
    this.slots[slot] = index;
    this.hashes[slot] = hash;
    if (this.size * 2 > this.slots.length) this.rehash();
    return index;
  }

  /** Doubles the table once it is half full, so probes stay short. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      const index = this.slots[old];
      if (index === EMPTY) continue;
      let slot = this.hashes[old] & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = index;
      hashes[slot] = this.hashes[old];
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}

/** Up to three bytes and their count as one integer (unique: 2 bits of length, 8 per byte). */
function packed(bytes: Uint8Array, start: number, end: number): number {
  let key = end - start;
  for (let i = start, shift = 2; i < end; i++, shift += 8) key |= bytes[i] << shift;
  return key;
}

/**
 * FNV-1a over a byte range, then mixed (MurmurHash3's finaliser): FNV's low bits depend only on the low
 * bits of the bytes, and the table indexes by low bits, so ids differing in their last characters
 * collided into long runs (a 100,000-row file took 11 s instead of 0.2 s).
 */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
