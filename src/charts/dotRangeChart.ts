/** Rates with 95% confidence intervals: a dot per label on a horizontal interval line. */
import * as Plot from '@observablehq/plot';
import { referenceMarks } from './annotations';
import { formatDecimal } from './format';
import { BAR_COLOUR, emboldenTick, finishSvg, HIGHLIGHT_COLOUR, labelMargin, plotBase, TEXT_COLOUR, type ChartOptions } from './options';

export interface RangeRow {
  label: string;
  value: number;
  /** Lower and upper ends of the 95% confidence interval. */
  low: number;
  high: number;
}

export interface DotRangeOptions extends ChartOptions {
  /** Order: highest value first (default), lowest first, or as given. */
  sort?: 'descending' | 'ascending' | 'none';
  highlight?: string;
  /** A vertical reference line, e.g. the London rate. */
  reference?: { value: number; label: string };
  format?: (value: number) => string;
  xLabel?: string;
}

/** A dot-and-interval chart of `rows`. */
export function dotRangeChart(rows: readonly RangeRow[], options: DotRangeOptions): SVGSVGElement {
  const { sort = 'descending', highlight, reference } = options;
  const format = options.format ?? ((value: number) => formatDecimal(value));
  const data = [...rows];
  if (sort !== 'none') data.sort((a, b) => (sort === 'descending' ? b.value - a.value : a.value - b.value));
  const labels = data.map((row) => row.label);
  const colour = (row: RangeRow) => (row.label === highlight ? HIGHLIGHT_COLOUR : BAR_COLOUR);
  const title = (row: RangeRow) => `${row.label}: ${format(row.value)} (95% CI ${format(row.low)} to ${format(row.high)})`;
  const svg = Plot.plot({
    ...plotBase(options, data.length * 22 + 64),
    marginLeft: labelMargin(labels), marginRight: 24, marginTop: reference ? 30 : 14, marginBottom: options.xLabel ? 44 : 30,
    x: { label: options.xLabel ?? null, labelAnchor: 'center', labelArrow: 'none', tickFormat: format, grid: true, nice: true, zero: true },
    y: { domain: labels, label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(data, { y: 'label', x1: 'low', x2: 'high', stroke: colour, strokeWidth: 2 }),
      Plot.tickX(data, { y: 'label', x: 'low', stroke: colour, strokeWidth: 1.5, inset: 5 }),
      Plot.tickX(data, { y: 'label', x: 'high', stroke: colour, strokeWidth: 1.5, inset: 5 }),
      Plot.dot(data, { y: 'label', x: 'value', r: 4.5, fill: colour, stroke: 'white', strokeWidth: 1, title }),
      Plot.ruleX([0], { stroke: TEXT_COLOUR }),
      reference ? referenceMarks(reference, format, Math.max(0, ...data.map((row) => row.high))) : null,
    ],
  }) as SVGSVGElement;
  if (highlight !== undefined) emboldenTick(svg, highlight);
  return finishSvg(svg, options);
}
