/** Horizontal bars for one value per label (boroughs, referral sources…), with value labels. */
import * as Plot from '@observablehq/plot';
import { referenceMarks } from './annotations';
import { formatValue } from './format';
import { BAR_COLOUR, emboldenTick, finishSvg, HIGHLIGHT_COLOUR, labelMargin, plotBase, TEXT_COLOUR, type ChartOptions } from './options';

export interface BarRow {
  label: string;
  value: number;
}

export interface BarChartOptions extends ChartOptions {
  /** Order of bars: largest first (default), smallest first, or as given. */
  sort?: 'descending' | 'ascending' | 'none';
  /** Write each value at the end of its bar (default true). */
  valueLabels?: boolean;
  /** A label to pick out (a borough lead's own borough): vermillion bar and bold label. */
  highlight?: string;
  /** A vertical reference line, e.g. the London average. */
  reference?: { value: number; label: string };
  format?: (value: number) => string;
  /** Axis label under the values (default none). */
  xLabel?: string;
  colour?: string;
}

function sortRows(rows: readonly BarRow[], sort: BarChartOptions['sort']): BarRow[] {
  const copy = [...rows];
  if (sort === 'descending') copy.sort((a, b) => b.value - a.value);
  if (sort === 'ascending') copy.sort((a, b) => a.value - b.value);
  return copy;
}

/** A horizontal bar chart of `rows`. */
export function barChart(rows: readonly BarRow[], options: BarChartOptions): SVGSVGElement {
  const { sort = 'descending', valueLabels = true, highlight, reference, format = formatValue } = options;
  const data = sortRows(rows, sort);
  const labels = data.map((row) => row.label);
  const fill = (row: BarRow) => (row.label === highlight ? HIGHLIGHT_COLOUR : options.colour ?? BAR_COLOUR);
  const valueLength = Math.max(0, ...data.map((row) => format(row.value).length));
  const svg = Plot.plot({
    ...plotBase(options, data.length * 24 + 60),
    marginLeft: labelMargin(labels),
    marginRight: valueLabels ? valueLength * 7 + 16 : 20,
    marginTop: reference ? 28 : 12,
    x: { label: options.xLabel ?? null, tickFormat: format, grid: true, nice: true },
    y: { domain: labels, label: null, tickSize: 0 },
    marks: [
      Plot.barX(data, { y: 'label', x: 'value', fill, insetTop: 3, insetBottom: 3 }),
      Plot.ruleX([0], { stroke: TEXT_COLOUR }),
      valueLabels ? Plot.text(data, { y: 'label', x: 'value', text: (row: BarRow) => format(row.value), textAnchor: 'start', dx: 4, fill: TEXT_COLOUR }) : null,
      reference ? referenceMarks(reference, format, Math.max(0, ...data.map((row) => row.value))) : null,
    ],
  }) as SVGSVGElement;
  if (highlight !== undefined) emboldenTick(svg, highlight);
  return finishSvg(svg, options);
}
