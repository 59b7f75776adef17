import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { checkBoundaries } from '../../src/map/boundaries';
import { BROKEN_OUTLINES } from './boundaryDefects';

const boundaries = () =>
  checkBoundaries(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/london-boroughs.geojson'), 'utf8')));

/** Area of a ring in km² (shoelace on longitude/latitude scaled at London's latitude; plenty for a sanity check). */
function ringKm2(ring: Position[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) twice += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return (Math.abs(twice) / 2) * 111.32 ** 2 * Math.cos((51.5 * Math.PI) / 180);
}

describe('borough boundaries', () => {
  it('accepts the shipped file: one feature per borough of the reference list', () => {
    expect(boundaries().features.map((feature) => feature.properties.code)).toEqual(BOROUGHS.map((borough) => borough.code));
  });

  it('has a real outline (over 1 km²) for every borough but the known broken ones', () => {
    const tooSmall = boundaries()
      .features.filter((feature) => {
        const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
        const km2 = polygons.reduce((sum, rings) => sum + (rings[0] ? ringKm2(rings[0]) : 0), 0);
        return km2 < 1;
      })
      .map((feature) => feature.properties.code);
    expect(tooSmall).toEqual(BROKEN_OUTLINES);
  });

  it('rejects anything else', () => {
    expect(() => checkBoundaries({ type: 'FeatureCollection', features: [] })).toThrow(/not a FeatureCollection/);
    expect(() => checkBoundaries({ type: 'Feature' })).toThrow();
    expect(() =>
      checkBoundaries({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { code: 'x', name: 'y' } }] }),
    ).toThrow();
  });
});
