/**
 * Monthly counts as bars with a rolling 12-month line.
 *
 * Decision: no second axis. A rolling 12-month total is about twelve times a month's count, so the line
 * is drawn as the rolling total ÷ 12 (the average month over the last twelve) on the bars' own axis, and
 * the latest rolling total itself is written beside the line's end. Dual axes invite readers to compare
 * heights that share no scale; one axis keeps every mark honest.
 */
import * as Plot from '@observablehq/plot';
import { utcDay, utcMonth } from 'd3';
import { markerMark, type Marker } from './annotations';
import { formatCount, formatMonth, formatValue } from './format';
import { legendHeight, legendMark } from './legend';
import { BAR_COLOUR, DEFAULT_WIDTH, finishSvg, plotBase, TEXT_COLOUR, type ChartOptions } from './options';

export interface TrendRow {
  /** First day of the month (UTC). */
  month: Date;
  count: number;
  /** The rolling 12-month figure ending this month; null until twelve months are available. */
  rolling12: number | null;
}

export interface TrendOptions extends ChartOptions {
  /** What `rolling12` holds: a 12-month total (default) or already an average per month. */
  rolling?: 'total' | 'mean';
  marker?: Marker;
  /** Legend text for the bars (default "Records per month"). */
  countLabel?: string;
}

const LINE_COLOUR = '#D55E00';
const middleOf = (month: Date) => utcDay.offset(utcMonth.floor(month), 14);

/** The line's points: each month's rolling average, at mid-month. */
export function rollingPoints(rows: readonly TrendRow[], rolling: 'total' | 'mean' = 'total'): { date: Date; mean: number; rolling: number }[] {
  return rows
    .filter((row): row is TrendRow & { rolling12: number } => row.rolling12 != null)
    .map((row) => ({ date: middleOf(row.month), rolling: row.rolling12, mean: rolling === 'total' ? row.rolling12 / 12 : row.rolling12 }))
    .sort((a, b) => +a.date - +b.date);
}

/** Monthly bars and the rolling 12-month average line, with the latest 12-month total labelled. */
export function trendChart(rows: readonly TrendRow[], options: TrendOptions): SVGSVGElement {
  const rolling = options.rolling ?? 'total';
  const points = rollingPoints(rows, rolling);
  const last = points[points.length - 1];
  const width = options.width ?? DEFAULT_WIDTH;
  const [marginLeft, marginRight] = [52, 36];
  const items = [
    { label: options.countLabel ?? 'Records per month', colour: BAR_COLOUR },
    { label: 'Average month over the last 12', colour: LINE_COLOUR, shape: 'line' as const },
  ];
  const lastLabel = last && `12 months to ${formatMonth(utcMonth.floor(last.date))}: ${formatCount(rolling === 'total' ? last.rolling : last.rolling * 12)}`;
  const svg = Plot.plot({
    ...plotBase(options, 320),
    marginLeft, marginRight,
    marginTop: legendHeight(items.map((item) => item.label), width - marginLeft - marginRight) + (options.marker || last ? 24 : 10),
    x: { type: 'utc', label: null, tickFormat: formatMonth, ticks: Math.max(2, Math.floor((width - marginLeft) / 90)) },
    y: { label: null, tickFormat: formatValue, grid: true, nice: true, zero: true },
    marks: [
      Plot.rectY(rows, { x: 'month', y: 'count', interval: 'month', fill: BAR_COLOUR, insetLeft: 1, insetRight: 1,
        title: (row: TrendRow) => `${formatMonth(row.month)}: ${formatCount(row.count)}` }),
      Plot.ruleY([0], { stroke: TEXT_COLOUR }),
      Plot.line(points, { x: 'date', y: 'mean', stroke: 'white', strokeWidth: 7 }), // halo: the line stays legible over the bars
      Plot.line(points, { x: 'date', y: 'mean', stroke: LINE_COLOUR, strokeWidth: 3 }),
      last ? Plot.dot([last], { x: 'date', y: 'mean', fill: LINE_COLOUR, r: 4 }) : null,
      last ? Plot.text([last], { x: 'date', frameAnchor: 'top', dy: -18, textAnchor: 'end', fill: TEXT_COLOUR, text: () => lastLabel }) : null,
      legendMark(items),
      options.marker ? markerMark(options.marker.x, options.marker.label) : null,
    ],
  }) as SVGSVGElement;
  return finishSvg(svg, options);
}
