/** Monthly series on one axis (suspicions, crimes, detections, intelligence/disruption outcomes). */
import * as Plot from '@observablehq/plot';
import { markerMark, type Marker } from './annotations';
import { formatMonth, formatValue } from './format';
import { legendHeight, legendMark } from './legend';
import { DEFAULT_WIDTH, finishSvg, plotBase, TEXT_COLOUR, type ChartOptions } from './options';
import { DASHES, seriesColours } from './palette';

export interface LineRow {
  date: Date;
  series: string;
  value: number;
}

export interface MultiLineOptions extends ChartOptions {
  /** Legend and drawing order; default order of first appearance. */
  seriesOrder?: readonly string[];
  colours?: Readonly<Record<string, string>>;
  marker?: Marker;
  /** Label of the value axis (default none). */
  yLabel?: string;
  format?: (value: number) => string;
}

/** A line per series, each with its own colour and dash pattern, and a legend above. */
export function multiLineChart(rows: readonly LineRow[], options: MultiLineOptions): SVGSVGElement {
  const order = options.seriesOrder ?? [...new Set(rows.map((row) => row.series))];
  const colours = seriesColours(order, options.colours);
  const format = options.format ?? formatValue;
  const width = options.width ?? DEFAULT_WIDTH;
  const [marginLeft, marginRight] = [52, 36];
  const legendTop = legendHeight(order, width - marginLeft - marginRight);
  const lines = order.flatMap((series, i) => {
    const data = rows.filter((row) => row.series === series).sort((a, b) => +a.date - +b.date);
    const style = { x: 'date', y: 'value', stroke: colours[i] };
    return [
      Plot.line(data, { ...style, strokeWidth: 2.5, strokeDasharray: DASHES[i % DASHES.length] === 'none' ? undefined : DASHES[i % DASHES.length] }),
      Plot.dot(data, { ...style, r: 2.5, fill: colours[i], title: (row: LineRow) => `${series}, ${formatMonth(row.date)}: ${format(row.value)}` }),
    ];
  });
  const svg = Plot.plot({
    ...plotBase(options, 340),
    marginLeft, marginRight,
    marginTop: legendTop + (options.marker ? 24 : 10),
    x: { type: 'utc', label: null, tickFormat: formatMonth, ticks: Math.max(2, Math.floor((width - marginLeft) / 90)) },
    y: { label: options.yLabel ?? null, tickFormat: format, grid: true, nice: true, zero: true },
    marks: [
      Plot.ruleY([0], { stroke: TEXT_COLOUR }),
      lines,
      legendMark(order.map((label, i) => ({ label, colour: colours[i], shape: 'line' as const, dash: DASHES[i % DASHES.length] }))),
      options.marker ? markerMark(options.marker.x, options.marker.label) : null,
    ],
  }) as SVGSVGElement;
  return finishSvg(svg, options);
}
