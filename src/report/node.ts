/**
 * What only the Node command needs to draw a pack: linkedom's document and the boundaries read from disk.
 * Kept apart so that the pack builders (src/report/london, src/report/borough) run in the browser too.
 */
import { readFile } from 'node:fs/promises';
import { nodeDocument } from '../charts/dom';
import type { BoroughCollection } from '../charts/index';
import type { PackEnv } from './london/index';

/** Where the borough boundaries are read from. */
export const BOUNDARIES = 'public/london-boroughs.geojson';

/** A document and the boundaries, for drawing packs in Node. */
export async function nodeEnv(): Promise<PackEnv> {
  return { document: nodeDocument(), geojson: JSON.parse(await readFile(BOUNDARIES, 'utf8')) as BoroughCollection };
}
