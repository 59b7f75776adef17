/**
 * The tile-grid cartogram: an equal square per borough in London's layout (tileGrid.ts), filled by the
 * shared classed scale, each labelled with its abbreviation and value. Every tile is a `<g data-code>`
 * with a `<title>` (full name and value), so the app can attach click and keyboard handlers.
 */
import { BOROUGHS } from '../data/reference/boroughs';
import { textColourOn } from './colour';
import { formatValue } from './format';
import { classLegend } from './legend';
import { DEFAULT_WIDTH, finishSvg, maybeDocument, TEXT_COLOUR, type ChartOptions } from './options';
import { classedScale, type ClassedScale, type ClassedScaleOptions } from './scales';
import { hatchDefs, svgElement, svgRoot, titled, uniqueId } from './svg';
import { GRID_COLUMNS, GRID_ROWS, TILES, type Tile } from './tileGrid';

export interface TileRow {
  /** ONS code, E09000001–E09000033. */
  code: string;
  /** null when suppressed or not available: drawn hatched grey. */
  value: number | null;
}

export interface TileGridOptions extends ChartOptions {
  /** The shared scale (so the Leaflet map and this agree); default a scale over these values. */
  scale?: ClassedScale;
  scaleOptions?: ClassedScaleOptions;
  /** ONS code of a borough to outline (a lead's own borough). */
  highlight?: string;
  /** Write the value under each abbreviation (default true). */
  showValues?: boolean;
  format?: (value: number) => string;
  legend?: boolean;
  /**
   * Make tiles focusable buttons (tabindex 0, role "button", an aria-label each) for the app's handlers;
   * the root then has role "group", since role "img" would hide its children from assistive technology.
   */
  interactive?: boolean;
}

const GAP = 3;
const PAD = 4;
const NAMES = new Map(BOROUGHS.map((borough) => [borough.code, borough.name]));

function tileNode(document: Document, tile: Tile, value: number | null, size: number, fill: string, options: TileGridOptions & { format: (v: number) => string }): SVGGElement {
  const name = NAMES.get(tile.code) ?? tile.code;
  const valueText = value == null ? 'suppressed or no data' : options.format(value);
  const g = svgElement(document, 'g', { class: 'tile', 'data-code': tile.code, transform: `translate(${PAD + tile.col * (size + GAP)},${PAD + tile.row * (size + GAP)})` });
  if (options.interactive) { g.setAttribute('tabindex', '0'); g.setAttribute('role', 'button'); g.setAttribute('aria-label', `${name}: ${valueText}`); }
  titled(g, `${name}: ${valueText}`);
  const highlighted = tile.code === options.highlight;
  g.appendChild(svgElement(document, 'rect', highlighted
    ? { x: 1.5, y: 1.5, width: size - 3, height: size - 3, fill, stroke: TEXT_COLOUR, 'stroke-width': 3 }
    : { width: size, height: size, fill }));
  const ink = value == null ? TEXT_COLOUR : textColourOn(fill);
  const halo = value == null ? { stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' } : {};
  const showValue = (options.showValues ?? true) && value != null;
  g.appendChild(svgElement(document, 'text', { x: size / 2, y: showValue ? size / 2 - 8 : size / 2, dy: '0.35em', 'text-anchor': 'middle',
    'font-size': 13, 'font-weight': 'bold', fill: ink, ...halo }, tile.abbr));
  if (showValue) {
    g.appendChild(svgElement(document, 'text', { x: size / 2, y: size / 2 + 10, dy: '0.35em', 'text-anchor': 'middle', fill: ink,
      'font-variant-numeric': 'tabular-nums' }, options.format(value)));
  }
  return g;
}

/** The tile-grid map of `rows`; boroughs without a row are drawn as no data. */
export function tileGridMap(rows: readonly TileRow[], options: TileGridOptions): SVGSVGElement {
  const document = maybeDocument(options.document);
  const width = options.width ?? DEFAULT_WIDTH;
  const values = new Map(rows.map((row) => [row.code, row.value]));
  const scale = options.scale ?? classedScale(TILES.map((tile) => values.get(tile.code) ?? null), options.scaleOptions);
  const format = options.format ?? formatValue;
  const size = Math.floor((width - 2 * PAD - (GRID_COLUMNS - 1) * GAP) / GRID_COLUMNS);
  const gridHeight = 2 * PAD + GRID_ROWS * size + (GRID_ROWS - 1) * GAP;
  const hatchId = uniqueId('cse-hatch');
  const legend = options.legend ?? true ? classLegend(document, scale, { x: PAD, y: gridHeight + 8, width: width - 2 * PAD, hatchId }) : null;
  const svg = svgRoot(document, width, options.height ?? gridHeight + (legend ? legend.height + 12 : 0));
  svg.appendChild(hatchDefs(document, hatchId));
  const tiles = svgElement(document, 'g', { class: 'tiles', 'font-size': 12 });
  for (const tile of TILES) {
    const value = values.get(tile.code) ?? null;
    const fill = scale.classOf(value) < 0 ? `url(#${hatchId})` : scale.colour(value);
    tiles.appendChild(tileNode(document, tile, value, size, fill, { ...options, format }));
  }
  svg.appendChild(tiles);
  if (legend) svg.appendChild(legend.node);
  finishSvg(svg, options);
  if (options.interactive) svg.setAttribute('role', 'group');
  return svg;
}
