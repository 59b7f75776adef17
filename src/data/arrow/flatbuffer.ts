/**
 * Just enough of the FlatBuffers wire format to read Arrow IPC message headers: tables through their
 * vtables, vectors, strings, unions and inline structs. Read-only, little-endian, no generated code.
 * (Spec: https://flatbuffers.dev/flatbuffers_internals.html)
 */

import { utf8 } from '../utf8';

/** A table inside a FlatBuffer: its position and the vtable describing which fields it has. */
export class FbTable {
  private readonly vtable: number;
  private readonly vtableSize: number;

  constructor(readonly view: DataView, readonly position: number) {
    this.vtable = position - view.getInt32(position, true);
    this.vtableSize = view.getUint16(this.vtable, true);
  }

  /** The root table of a FlatBuffer that starts at `offset` in `view`. */
  static root(view: DataView, offset: number): FbTable {
    return new FbTable(view, offset + view.getUint32(offset, true));
  }

  /** Where field `index` is stored, or 0 when the table leaves it out (it then takes its default). */
  private fieldAt(index: number): number {
    const entry = 4 + 2 * index;
    if (entry >= this.vtableSize) return 0;
    const offset = this.view.getUint16(this.vtable + entry, true);
    return offset === 0 ? 0 : this.position + offset;
  }

  /** A scalar field of `bytes` width (1, 2, 4 or 8), signed or not. 8-byte values are exact below 2^53. */
  int(index: number, bytes: 1 | 2 | 4 | 8, fallback = 0, signed = true): number {
    const at = this.fieldAt(index);
    if (!at) return fallback;
    const view = this.view;
    switch (bytes) {
      case 1: return signed ? view.getInt8(at) : view.getUint8(at);
      case 2: return signed ? view.getInt16(at, true) : view.getUint16(at, true);
      case 4: return signed ? view.getInt32(at, true) : view.getUint32(at, true);
      case 8: return view.getUint32(at, true) + view.getInt32(at + 4, true) * 2 ** 32;
    }
  }

  bool(index: number, fallback = false): boolean {
    const at = this.fieldAt(index);
    return at ? this.view.getUint8(at) !== 0 : fallback;
  }

  /** The position a reference field (table, vector, string) points to, or 0 when absent. */
  private target(index: number): number {
    const at = this.fieldAt(index);
    return at ? at + this.view.getUint32(at, true) : 0;
  }

  table(index: number): FbTable | null {
    const at = this.target(index);
    return at ? new FbTable(this.view, at) : null;
  }

  string(index: number): string | null {
    const at = this.target(index);
    if (!at) return null;
    const length = this.view.getUint32(at, true);
    return utf8.decode(new Uint8Array(this.view.buffer, this.view.byteOffset + at + 4, length));
  }

  /** A vector of tables. */
  tables(index: number): FbTable[] {
    const at = this.target(index);
    if (!at) return [];
    const length = this.view.getUint32(at, true);
    return Array.from({ length }, (_, i) => {
      const slot = at + 4 + 4 * i;
      return new FbTable(this.view, slot + this.view.getUint32(slot, true));
    });
  }

  /** A vector of inline structs of `size` bytes: the position of each. */
  structs(index: number, size: number): number[] {
    const at = this.target(index);
    if (!at) return [];
    const length = this.view.getUint32(at, true);
    return Array.from({ length }, (_, i) => at + 4 + size * i);
  }

  /** An 8-byte little-endian integer at a position (exact below 2^53). */
  int64At(position: number): number {
    return this.view.getUint32(position, true) + this.view.getInt32(position + 4, true) * 2 ** 32;
  }
}
