import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { choroplethSvg, classedScale, GRID_COLUMNS, GRID_ROWS, NO_DATA, TILES, tileGridMap } from '../../src/charts';
import { all } from './snapshot';
import { CASES, document, londonGeojson, tileRows } from './cases';

/** The fill of a pattern referenced as url(#id), or the colour itself. */
function groundColour(svg: Element, fill: string | null): string | null {
  const id = /^url\(#(.+)\)$/.exec(fill ?? '')?.[1];
  return id ? svg.querySelector(`pattern[id="${id}"] rect`)?.getAttribute('fill') ?? null : fill;
}

describe('tile grid layout', () => {
  it('has one tile per borough, City of London included, each in its own cell of the 8 × 7 grid', () => {
    expect(TILES.map((tile) => tile.code).sort()).toEqual(BOROUGHS.map((borough) => borough.code).sort());
    expect(new Set(TILES.map((tile) => `${tile.col},${tile.row}`)).size).toBe(33);
    expect(new Set(TILES.map((tile) => tile.abbr)).size).toBe(33);
    for (const tile of TILES) {
      expect(tile.col).toBeGreaterThanOrEqual(0); expect(tile.col).toBeLessThan(GRID_COLUMNS);
      expect(tile.row).toBeGreaterThanOrEqual(0); expect(tile.row).toBeLessThan(GRID_ROWS);
    }
  });

  it('keeps neighbours that matter: Westminster beside the City, Newham between Tower Hamlets and Barking', () => {
    const at = (code: string) => TILES.find((tile) => tile.code === code)!;
    expect(at('E09000033').col + 1).toBe(at('E09000001').col);
    expect([at('E09000030').col, at('E09000025').col, at('E09000002').col]).toEqual([5, 6, 7]);
  });
});

describe('tileGridMap', () => {
  const map = CASES['tile-grid']();
  const tile = (code: string) => map.querySelector(`g[data-code="${code}"]`)!;

  it('draws 33 tiles, each a <g data-code> with its full name and value in a <title>', () => {
    expect(all(map, 'g.tile')).toHaveLength(33);
    expect(tile('E09000028').querySelector('title')?.textContent).toBe('Southwark: 84');
    expect(tile('E09000001').querySelector('text')?.textContent).toBe('CTY');
  });

  it('fills null values with the grey no-data hatch and says so', () => {
    for (const code of ['E09000001', 'E09000025']) {
      expect(groundColour(map, tile(code).querySelector('rect')!.getAttribute('fill'))).toBe(NO_DATA.colour);
    }
    expect(tile('E09000025').querySelector('title')?.textContent).toBe('Newham: suppressed or no data');
    expect(all(map, 'g.legend text').map((t) => t.textContent).at(-1)).toBe('Suppressed or no data');
  });

  it('uses a shared scale when given one, and outlines the highlighted borough', () => {
    const scale = classedScale([0, 1000]);
    const shared = tileGridMap(tileRows, { document, ariaLabel: 'x', scale, legend: false });
    expect(shared.querySelector('g[data-code="E09000033"] rect')?.getAttribute('fill')).toBe(scale.colour(99));
    expect(tile('E09000028').querySelector('rect')?.getAttribute('stroke')).toBe('#1a1a1a');
  });

  it('can make tiles focusable buttons for the app', () => {
    const interactive = tileGridMap(tileRows, { document, ariaLabel: 'x', interactive: true });
    expect(interactive.getAttribute('role')).toBe('group');
    expect(interactive.querySelector('g[data-code="E09000002"]')?.getAttribute('tabindex')).toBe('0');
  });
});

describe('choroplethSvg', () => {
  it('draws a path per feature, hatches nulls and keeps names as text', () => {
    const map = CASES['choropleth-squares']();
    const paths = all(map, 'g.areas path');
    expect(paths.map((p) => p.getAttribute('data-code'))).toEqual(['E09000001', 'E09000002', 'E09000003']);
    expect(groundColour(map, paths[1].getAttribute('fill'))).toBe(NO_DATA.colour);
    expect(paths[2].querySelector('title')?.textContent).toBe('<script>alert("x")</script>: 40');
    expect(map.outerHTML).not.toContain('<script');
    expect(all(map, 'path.highlight')).toHaveLength(1);
  });

  it('fits all 33 London boroughs of public/london-boroughs.geojson inside the SVG', () => {
    const values = new Map(tileRows.map((row) => [row.code, row.value]));
    const map = choroplethSvg(londonGeojson(), values, { document, ariaLabel: 'London' });
    const paths = all(map, 'g.areas path');
    expect(paths.map((p) => p.getAttribute('data-code')).sort()).toEqual(BOROUGHS.map((b) => b.code));
    const width = Number(map.getAttribute('width'));
    for (const path of paths) {
      for (const [, x] of (path.getAttribute('d') ?? '').matchAll(/(-?[\d.]+),/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(0);
        expect(Number(x)).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('module boundaries', () => {
  it('imports linkedom only in dom.ts, and never touches the database or the network', () => {
    const dir = new URL('../../src/charts/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      if (file !== 'dom.ts') expect(source, file).not.toMatch(/from '(linkedom|\.\/dom)'/);
      expect(source, file).not.toMatch(/innerHTML|fetch\(|from '\.\.\/(data\/(client|nodeClient|browserClient)|queries)/);
    }
  });
});
