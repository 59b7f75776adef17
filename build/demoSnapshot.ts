/**
 * Vite plugin: `virtual:demo-snapshot` is the demo extract's opening figures (src/views/startup/snapshot.ts),
 * computed when the app is built or served, with the DuckDB-WASM Node build and the app's own query
 * layer: so the figures cannot drift from what the page computes live.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DemoSnapshot } from '../src/views/startup/snapshot';

const ID = 'virtual:demo-snapshot';
const RESOLVED = `\0${ID}`;

const computed = new Map<string, Promise<DemoSnapshot>>();

/** The demo's snapshot, computed once per project root (the snapshot module and the prerendered page share it). */
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

/** Serves `virtual:demo-snapshot`, computed once per build (or dev-server start). */
export function demoSnapshot(): Plugin {
  let root = process.cwd();
  let module: Promise<string> | null = null;
  return {
    name: 'cse-demo-snapshot',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(resolve(root, 'data/demo-extract.csv'));
      module ??= demoSnapshotData(root).then((snapshot) => `export default ${JSON.stringify(snapshot)};\n`);
      return module;
    },
  };
}
