import type { Row } from './client';

interface ArrowLike {
  toArray(): { toJSON(): Record<string, unknown> }[];
}

/** Turns an Arrow result into plain objects; the same conversion in both clients keeps rows identical. */
export function toPlainRows(table: ArrowLike): Row[] {
  return table.toArray().map((row) => {
    const plain = row.toJSON();
    for (const key of Object.keys(plain)) {
      const value = plain[key];
      if (typeof value === 'bigint') plain[key] = Number(value);
    }
    return plain;
  });
}
