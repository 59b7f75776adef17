/** Loads the borough boundaries once per page: one fetch, shared by every map (a retry after a failure). */
import type { BoroughBoundaries } from './types';

/** Where the app serves the boundaries, relative to the page (so the build works from any sub-path). */
export const BOUNDARIES_URL = './london-boroughs.geojson';

let cached: Promise<BoroughBoundaries> | null = null;

/** The boundaries, fetched on first call; later calls share the same promise. */
export function loadBoroughBoundaries(url: string = BOUNDARIES_URL): Promise<BoroughBoundaries> {
  cached ??= fetchBoundaries(url).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function fetchBoundaries(url: string): Promise<BoroughBoundaries> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The borough boundaries could not be loaded (HTTP ${response.status}).`);
  return checkBoundaries(await response.json());
}

/** Throws unless `json` is a FeatureCollection of polygons, each with a string `code` and `name`. */
export function checkBoundaries(json: unknown): BoroughBoundaries {
  const collection = json as BoroughBoundaries;
  const ok =
    collection?.type === 'FeatureCollection' &&
    Array.isArray(collection.features) &&
    collection.features.length > 0 &&
    collection.features.every(
      (f) =>
        (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') &&
        typeof f.properties?.code === 'string' &&
        typeof f.properties?.name === 'string',
    );
  if (!ok) throw new Error('The borough boundaries file is not a FeatureCollection of named, coded polygons.');
  return collection;
}
