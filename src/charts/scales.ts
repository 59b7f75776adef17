/**
 * The shared colour scheme: one classed scale for every map (the Leaflet map, the tile grid, the printed
 * choropleth) and fixed categorical colours for series, so a category is the same colour everywhere.
 */
import { interpolateViridis, rgb, schemeBlues } from 'd3';
import { classIndex, classThresholds, type ClassMethod } from './breaks';
import { formatCount, formatDecimal } from './format';

export type { ClassMethod } from './breaks';
export type SequentialPalette = 'blues' | 'viridis';

/** Suppressed or missing values: light grey, hatched in SVG so it never reads as the lightest class. */
export const NO_DATA = { colour: '#d9d9d9', hatch: '#767676', label: 'Suppressed or no data' } as const;

/**
 * `k` sequential colours, light to dark. Blues drops ColorBrewer's near-white first step (#eff3ff, 1.1:1
 * against white), so the lightest class is #c6dbef (1.4:1) and stays visible beside white borders.
 */
export function sequentialColours(k: number, palette: SequentialPalette = 'blues'): string[] {
  const n = Math.max(1, Math.min(8, Math.round(k)));
  if (palette === 'viridis') {
    return Array.from({ length: n }, (_, i) => rgb(interpolateViridis(n === 1 ? 0.5 : 1 - i / (n - 1))).formatHex());
  }
  return n === 1 ? ['#6baed6'] : schemeBlues[n + 1].slice(1);
}

export interface ClassedScaleOptions {
  /** How breaks are chosen (default 'quantile'). */
  method?: ClassMethod;
  /** Number of classes (default 5, at most 8); fewer when the data has too few distinct values. */
  classes?: number;
  palette?: SequentialPalette;
  /** Legend number format; default whole numbers if every value is whole, else one decimal. */
  format?: (value: number) => string;
}

export interface ClassedScale {
  readonly method: ClassMethod;
  /** Lower bounds of classes 1…k−1 (class 0 starts at the minimum). */
  readonly thresholds: readonly number[];
  readonly colours: readonly string[];
  /** One label per class: the range of the values in it ("13–25"), or of its bounds if it is empty. */
  readonly labels: readonly string[];
  readonly noData: { readonly colour: string; readonly label: string };
  /** The class of a value, or −1 for null, undefined or NaN. */
  classOf(value: number | null | undefined): number;
  /** The fill of a value: its class colour, or the no-data grey. */
  colour(value: number | null | undefined): string;
}

function isValue(value: number | null | undefined): value is number {
  return value != null && Number.isFinite(value);
}

/** A classed colour scale over `values` (nulls are ignored for the breaks and drawn as no data). */
export function classedScale(values: Iterable<number | null | undefined>, options: ClassedScaleOptions = {}): ClassedScale {
  const { method = 'quantile', classes = 5, palette = 'blues' } = options;
  const sorted = Array.from(values).filter(isValue).sort((a, b) => a - b);
  const thresholds = classThresholds(sorted, Math.min(8, classes), method);
  const colours = sequentialColours(thresholds.length + 1, palette);
  const format = options.format ?? (sorted.every(Number.isInteger) ? formatCount : (v: number) => formatDecimal(v));
  const classOf = (value: number | null | undefined) => (isValue(value) ? classIndex(value, thresholds) : -1);
  return {
    method, thresholds, colours, noData: NO_DATA,
    labels: classLabels(sorted, thresholds, format),
    classOf,
    colour: (value) => { const i = classOf(value); return i < 0 ? NO_DATA.colour : colours[i]; },
  };
}

function classLabels(sorted: readonly number[], thresholds: readonly number[], format: (v: number) => string): string[] {
  if (sorted.length === 0) return [];
  const bounds = [sorted[0], ...thresholds, sorted[sorted.length - 1]];
  return bounds.slice(0, -1).map((low, i) => {
    const members = sorted.filter((v) => classIndex(v, thresholds) === i);
    const [from, to] = members.length ? [members[0], members[members.length - 1]] : [low, bounds[i + 1]];
    return from === to ? format(from) : `${format(from)}–${format(to)}`;
  });
}

export { CATEGORY_COLOURS, DASHES, GENDER_COLOURS, OKABE_ITO, OUTCOME_COLOURS, knownColour, seriesColours } from './palette';
