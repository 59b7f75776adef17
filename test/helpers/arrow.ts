import { tableFromIPC } from 'apache-arrow';

/** Apache Arrow's own reading of IPC bytes as plain rows (64-bit integers as numbers): the reference the project's Arrow code must match. */
export function referenceRows(bytes: Uint8Array): Record<string, unknown>[] {
  const plain = (value: unknown): unknown => {
    if (typeof value === 'bigint') return Number(value);
    if (!value || typeof value !== 'object' || value instanceof Uint8Array || typeof (value as { toJSON?: unknown }).toJSON !== 'function') return value;
    const json = (value as { toJSON(): unknown }).toJSON();
    if (Array.isArray(json)) return json.map(plain);
    return Object.fromEntries(Object.entries(json as object).map(([k, v]) => [k, plain(v)]));
  };
  return tableFromIPC(bytes).toArray().map((row) => plain(row) as Record<string, unknown>);
}
