/**
 * The demo extract's opening figures (src/views/startup/snapshot.ts), computed when the app is built,
 * with the DuckDB-WASM Node build and the app's own query layer, for the prerendered page
 * (build/prerender.ts): so the figures drawn cannot drift from what the page computes live.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DemoSnapshot } from '../src/views/startup/snapshot';

const computed = new Map<string, Promise<DemoSnapshot>>();

/** The demo's snapshot, computed once per project root and build. */
export function demoSnapshotData(root: string): Promise<DemoSnapshot> {
  let snapshot = computed.get(root);
  if (!snapshot) computed.set(root, (snapshot = computeSnapshot(root)));
  return snapshot;
}

async function computeSnapshot(root: string): Promise<DemoSnapshot> {
  const { openNodeClient } = await import('../src/data/nodeClient');
  const { loadExtract } = await import('../src/data/ingest');
  const { computeDemoSnapshot } = await import('../src/views/startup/snapshot');
  const db = await openNodeClient();
  try {
    const bytes = new Uint8Array(await readFile(resolve(root, 'data/demo-extract.csv')));
    const report = await loadExtract(db, { name: 'demo-extract.csv', bytes });
    return await computeDemoSnapshot(db, report.rowsAccepted);
  } finally {
    await db.close();
  }
}
