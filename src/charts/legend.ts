/**
 * Legends drawn in SVG: swatches with text labels, laid out left to right and wrapped to a width.
 * The classed legend lists the scale's classes and a hatched "Suppressed or no data" entry.
 */
import type { RenderFunction } from '@observablehq/plot';
import { symbol, symbolCircle, symbolDiamond, symbolTriangle } from 'd3';
import { CHAR_WIDTH, DEFAULT_WIDTH, FONT_SIZE, finishSvg, maybeDocument, TEXT_COLOUR, type ChartOptions } from './options';
import type { ClassedScale } from './scales';
import { hatchDefs, svgElement, svgRoot, uniqueId } from './svg';

export interface LegendItem {
  label: string;
  colour: string;
  /** 'rect' (default) a filled swatch; 'line' a stroke, as on a line chart; or a point symbol. */
  shape?: 'rect' | 'line' | 'circle' | 'triangle' | 'diamond';
  /** For point symbols: drawn as an outline only. */
  hollow?: boolean;
  /** A stroke-dasharray for line swatches. */
  dash?: string;
}

export interface PlacedLegend {
  node: SVGGElement;
  /** Height taken, in pixels, so the caller can leave room for it. */
  height: number;
}

const SWATCH = 16;
const ROW = 20;
const GAP = 18;

/** Top-left corners of each item, wrapping at `width`, and the total height. */
export function legendLayout(labels: readonly string[], width: number): { positions: [number, number][]; height: number } {
  const positions: [number, number][] = [];
  let x = 0, y = 0;
  for (const label of labels) {
    const itemWidth = SWATCH + 6 + label.length * CHAR_WIDTH;
    if (x > 0 && x + itemWidth > width) { x = 0; y += ROW; }
    positions.push([x, y]);
    x += itemWidth + GAP;
  }
  return { positions, height: labels.length ? y + ROW : 0 };
}

const SYMBOLS = { circle: symbolCircle, triangle: symbolTriangle, diamond: symbolDiamond } as const;

function swatch(document: Document, item: LegendItem): SVGElement {
  if (item.shape === 'circle' || item.shape === 'triangle' || item.shape === 'diamond') {
    return svgElement(document, 'path', { d: symbol(SYMBOLS[item.shape], 64)() ?? '', transform: `translate(${SWATCH / 2},7)`,
      fill: item.hollow ? 'none' : item.colour, stroke: item.colour, 'stroke-width': 1.5 });
  }
  if (item.shape === 'line') {
    return svgElement(document, 'line', { x1: 0, x2: SWATCH, y1: 7, y2: 7, stroke: item.colour, 'stroke-width': 2.5,
      'stroke-dasharray': item.dash === 'none' ? undefined : item.dash });
  }
  return svgElement(document, 'rect', { width: SWATCH, height: 14, fill: item.colour, stroke: '#767676', 'stroke-width': 0.5 });
}

/** A legend of `items` at (x, y), wrapped to `width`. */
export function swatchLegend(document: Document, items: readonly LegendItem[], options: { x?: number; y?: number; width?: number } = {}): PlacedLegend {
  const { x = 0, y = 0, width = DEFAULT_WIDTH } = options;
  const { positions, height } = legendLayout(items.map((item) => item.label), width);
  const node = svgElement(document, 'g', { class: 'legend', transform: `translate(${x},${y})`, 'font-size': FONT_SIZE, fill: TEXT_COLOUR });
  items.forEach((item, i) => {
    const [ix, iy] = positions[i];
    const entry = svgElement(document, 'g', { transform: `translate(${ix},${iy})` });
    entry.append(swatch(document, item), svgElement(document, 'text', { x: SWATCH + 6, y: 7, dy: '0.35em', 'text-anchor': 'start' }, item.label));
    node.appendChild(entry);
  });
  return { node, height };
}

/** The items of a classed scale's legend; the no-data entry fills with `url(#hatchId)`. */
export function classLegendItems(scale: ClassedScale, hatchId: string, includeNoData = true): LegendItem[] {
  const items = scale.labels.map((label, i) => ({ label, colour: scale.colours[i] }));
  return includeNoData ? [...items, { label: scale.noData.label, colour: `url(#${hatchId})` }] : items;
}

/** A classed-scale legend. Pass `hatchId` when the SVG already defines the hatch; otherwise it brings its own. */
export function classLegend(
  document: Document, scale: ClassedScale,
  options: { x?: number; y?: number; width?: number; includeNoData?: boolean; hatchId?: string } = {},
): PlacedLegend {
  const hatchId = options.hatchId ?? uniqueId('cse-hatch');
  const legend = swatchLegend(document, classLegendItems(scale, hatchId, options.includeNoData ?? true), options);
  if (!options.hatchId) legend.node.prepend(hatchDefs(document, hatchId));
  return legend;
}

/** A classed-scale legend as its own SVG (for a report beside a map, or under the Leaflet map). */
export function classLegendSvg(scale: ClassedScale, options: ChartOptions & { includeNoData?: boolean }): SVGSVGElement {
  const document = maybeDocument(options.document);
  const width = options.width ?? DEFAULT_WIDTH;
  const legend = classLegend(document, scale, { width, y: 4, includeNoData: options.includeNoData });
  const svg = svgRoot(document, width, options.height ?? legend.height + 8);
  svg.appendChild(legend.node);
  return finishSvg(svg, options);
}

/** A Plot mark drawing a swatch legend in the top margin, aligned with the plot area's left edge. */
export function legendMark(items: readonly LegendItem[], top = 4): RenderFunction {
  return (_index, _scales, _values, dimensions, context) => {
    const width = dimensions.width - dimensions.marginLeft - dimensions.marginRight;
    return swatchLegend(context.document, items, { x: dimensions.marginLeft, y: top, width }).node;
  };
}

/** The height a swatch legend of `labels` needs at `width`, plus a gap below it. */
export function legendHeight(labels: readonly string[], width: number): number {
  return legendLayout(labels, width).height + 10;
}
