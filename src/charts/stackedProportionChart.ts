/** 100%-stacked bars: the share of each series (CSE category, outcome…) in each financial year or month. */
import * as Plot from '@observablehq/plot';
import { markerMark, type Marker } from './annotations';
import { textColourOn } from './colour';
import { formatMonth, formatPercent } from './format';
import { legendHeight, legendMark } from './legend';
import { DEFAULT_WIDTH, finishSvg, plotBase, TEXT_COLOUR, type ChartOptions } from './options';
import { seriesColours } from './palette';

export interface ProportionRow {
  /** A financial year ("2014/15") or a month (a Date, drawn as "Apr 2014"). */
  x: string | Date;
  series: string;
  value: number;
}

export interface StackedProportionOptions extends ChartOptions {
  /** Stacking order from the bottom, and legend order; default order of first appearance. */
  seriesOrder?: readonly string[];
  /** Colours by series name; names without one get their fixed colour (palette.ts). */
  colours?: Readonly<Record<string, string>>;
  /** A marker line ('start', default) or pointer ('above' a part-year bar), e.g. { x: new Date('2013-10-01'), label: 'CSE flags introduced Oct 2013' }. */
  marker?: Marker & { align?: 'start' | 'above' };
  /** Write shares inside segments of at least 6% (default: when bars are wide enough). */
  percentLabels?: boolean;
}

interface Segment { key: string; series: string; value: number; share: number; y1: number; y2: number; colour: string }

const keyOf = (x: string | Date) => (x instanceof Date ? formatMonth(x) : x);

/** The x keys in order: months by date, categories by first appearance. */
function xKeys(rows: readonly ProportionRow[]): string[] {
  const dated = rows.filter((row) => row.x instanceof Date).sort((a, b) => +a.x - +b.x);
  return [...new Set([...dated, ...rows.filter((row) => !(row.x instanceof Date))].map((row) => keyOf(row.x)))];
}

/** Each series' share of its x, stacked in `order`; an x with a zero total gets no segments. */
export function stackShares(rows: readonly ProportionRow[], order: readonly string[], colours: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  for (const key of xKeys(rows)) {
    const here = rows.filter((row) => keyOf(row.x) === key);
    const total = here.reduce((sum, row) => sum + Math.max(0, row.value), 0);
    let y = 0;
    order.forEach((series, i) => {
      const value = here.filter((row) => row.series === series).reduce((sum, row) => sum + Math.max(0, row.value), 0);
      if (total === 0 || value === 0) return;
      const share = value / total;
      segments.push({ key, series, value, share, y1: y, y2: y + share, colour: colours[i] });
      y += share;
    });
  }
  return segments;
}

/** A 100%-stacked bar chart of `rows`. */
export function stackedProportionChart(rows: readonly ProportionRow[], options: StackedProportionOptions): SVGSVGElement {
  const order = options.seriesOrder ?? [...new Set(rows.map((row) => row.series))];
  const colours = seriesColours(order, options.colours);
  const keys = xKeys(rows);
  const segments = stackShares(rows, order, colours);
  const width = options.width ?? DEFAULT_WIDTH;
  const [marginLeft, marginRight] = [48, 16];
  const legendTop = legendHeight(order, width - marginLeft - marginRight);
  const step = (width - marginLeft - marginRight) / keys.length;
  const labelled = options.percentLabels ?? step >= 34;
  const everyNth = Math.ceil(keys.length / Math.max(1, Math.floor((width - marginLeft) / 70)));
  const marker = options.marker;
  const svg = Plot.plot({
    ...plotBase(options, 320),
    marginLeft, marginRight,
    marginTop: legendTop + (marker ? 24 : 8),
    x: { domain: keys, label: null, tickSize: 0, ticks: keys.filter((_, i) => i % everyNth === 0), padding: 0.15 },
    y: { domain: [0, 1], label: null, tickFormat: (v: number) => formatPercent(v), grid: false },
    marks: [
      Plot.barY(segments, { x: 'key', y1: 'y1', y2: 'y2', fill: 'colour', stroke: 'white', strokeWidth: 1,
        title: (s: Segment) => `${s.key}, ${s.series}: ${formatPercent(s.share)}` }),
      labelled ? Plot.text(segments.filter((s) => s.share >= 0.06), { x: 'key', y: (s: Segment) => (s.y1 + s.y2) / 2,
        text: (s: Segment) => formatPercent(s.share), fill: (s: Segment) => textColourOn(s.colour) }) : null,
      Plot.ruleY([0], { stroke: TEXT_COLOUR }),
      legendMark(order.map((label, i) => ({ label, colour: colours[i] }))),
      marker ? markerMark(keyOf(marker.x), marker.label, marker.align) : null,
    ],
  }) as SVGSVGElement;
  return finishSvg(svg, options);
}
