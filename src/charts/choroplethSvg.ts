/**
 * A static choropleth of the 33 boroughs for printed reports: d3-geo paths, fitted to the map's extent,
 * filled by the shared classed scale; suppressed or missing values hatched grey, with a legend entry.
 * The boundaries (public/london-boroughs.geojson) are wound clockwise, as d3-geo expects.
 */
import { geoIdentity, geoMercator, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { formatValue } from './format';
import { classLegend } from './legend';
import { DEFAULT_WIDTH, finishSvg, maybeDocument, TEXT_COLOUR, type ChartOptions } from './options';
import { classedScale, type ClassedScale, type ClassedScaleOptions } from './scales';
import { hatchDefs, svgElement, svgRoot, titled, uniqueId } from './svg';

export type BoroughFeature = Feature<Geometry | null, { code: string; name: string }>;
export type BoroughCollection = FeatureCollection<Geometry | null, { code: string; name: string }>;

export interface ChoroplethOptions extends ChartOptions {
  scale?: ClassedScale;
  scaleOptions?: ClassedScaleOptions;
  /** ONS code of a borough to outline. */
  highlight?: string;
  format?: (value: number) => string;
  legend?: boolean;
  /** 'mercator' (default) for longitude/latitude; 'identity' for projected coordinates such as British National Grid. */
  projection?: 'mercator' | 'identity';
}

const PAD = 6;

function fittedProjection(geojson: BoroughCollection, kind: ChoroplethOptions['projection'], width: number, height?: number): { projection: GeoProjection; height: number } {
  const projection = (kind === 'identity' ? geoIdentity().reflectY(true) : geoMercator()) as GeoProjection;
  if (height === undefined) {
    projection.fitWidth(width - 2 * PAD, geojson);
    const [[, y0], [, y1]] = geoPath(projection).bounds(geojson);
    height = Math.ceil(y1 - y0) + 2 * PAD;
  }
  projection.fitExtent([[PAD, PAD], [width - PAD, height - PAD]], geojson);
  return { projection, height };
}

/** A choropleth of `values` (keyed by ONS code) over `geojson` (features with properties.code and name). */
export function choroplethSvg(geojson: BoroughCollection, values: ReadonlyMap<string, number | null>, options: ChoroplethOptions): SVGSVGElement {
  const document = maybeDocument(options.document);
  const width = options.width ?? DEFAULT_WIDTH;
  const format = options.format ?? formatValue;
  const scale = options.scale ?? classedScale(geojson.features.map((f) => values.get(f.properties.code) ?? null), options.scaleOptions);
  const hatchId = uniqueId('cse-hatch');
  const legendWidth = width - 2 * PAD;
  const probe = options.legend ?? true ? classLegend(document, scale, { width: legendWidth, hatchId }) : null;
  const mapHeight = options.height === undefined ? undefined : options.height - (probe ? probe.height + 12 : 0);
  const { projection, height } = fittedProjection(geojson, options.projection, width, mapHeight);
  const path = geoPath(projection).digits(1);
  const svg = svgRoot(document, width, height + (probe ? probe.height + 12 : 0));
  svg.appendChild(hatchDefs(document, hatchId));
  const areas = svgElement(document, 'g', { class: 'areas', stroke: '#ffffff', 'stroke-width': 0.75, 'stroke-linejoin': 'round' });
  for (const feature of geojson.features) {
    const { code, name } = feature.properties;
    const value = values.get(code) ?? null;
    const fill = scale.classOf(value) < 0 ? `url(#${hatchId})` : scale.colour(value);
    const d = feature.geometry ? path(feature) : null;
    areas.appendChild(titled(svgElement(document, 'path', { 'data-code': code, d: d || undefined, fill }),
      `${name}: ${value == null ? 'suppressed or no data' : format(value)}`));
  }
  svg.appendChild(areas);
  const highlighted = geojson.features.find((f) => f.properties.code === options.highlight);
  if (highlighted?.geometry) {
    svg.appendChild(svgElement(document, 'path', { class: 'highlight', d: path(highlighted) ?? undefined, fill: 'none', stroke: TEXT_COLOUR, 'stroke-width': 2.5 }));
  }
  if (probe) {
    probe.node.setAttribute('transform', `translate(${PAD},${height + 6})`);
    svg.appendChild(probe.node);
  }
  return finishSvg(svg, options);
}
