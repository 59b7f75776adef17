/** Vertical bars over ordinal bins in the given order (missing episodes 0…14, 15+), last bin emphasised. */
import * as Plot from '@observablehq/plot';
import { formatValue } from './format';
import { BAR_COLOUR, emboldenTick, finishSvg, HIGHLIGHT_COLOUR, plotBase, TEXT_COLOUR, type ChartOptions } from './options';

export interface BinRow {
  bin: string;
  value: number;
}

export interface HistogramOptions extends ChartOptions {
  /** The bin drawn in the highlight colour: 'last' (default), a bin label, or null for none. */
  emphasise?: 'last' | string | null;
  /** A note written above the emphasised bar, e.g. "15 or more episodes". */
  emphasisLabel?: string;
  valueLabels?: boolean;
  format?: (value: number) => string;
  xLabel?: string;
  yLabel?: string;
}

/** A bar per bin, in the order given. */
export function histogramChart(rows: readonly BinRow[], options: HistogramOptions): SVGSVGElement {
  const { emphasise = 'last', format = formatValue, valueLabels = true } = options;
  const bins = rows.map((row) => row.bin);
  const emphasised = emphasise === 'last' ? bins[bins.length - 1] : emphasise;
  const fill = (row: BinRow) => (row.bin === emphasised ? HIGHLIGHT_COLOUR : BAR_COLOUR);
  const note = options.emphasisLabel && rows.filter((row) => row.bin === emphasised);
  const svg = Plot.plot({
    ...plotBase(options, 300),
    marginLeft: 52, marginTop: note ? 40 : 24, marginBottom: options.xLabel ? 44 : 30,
    x: { domain: bins, label: options.xLabel ?? null, labelAnchor: 'center', labelArrow: 'none', tickSize: 0, padding: 0.15 },
    y: { label: options.yLabel ?? null, labelArrow: 'none', tickFormat: format, grid: true, nice: true },
    marks: [
      Plot.barY(rows, { x: 'bin', y: 'value', fill, title: (row: BinRow) => `${row.bin}: ${format(row.value)}` }),
      Plot.ruleY([0], { stroke: TEXT_COLOUR }),
      valueLabels ? Plot.text(rows, { x: 'bin', y: 'value', text: (row: BinRow) => format(row.value), dy: -8, fill: TEXT_COLOUR }) : null,
      note ? Plot.text(note, { x: 'bin', frameAnchor: 'top', dy: -30, textAnchor: 'end', dx: 12, fontWeight: 'bold', fill: TEXT_COLOUR, text: () => options.emphasisLabel }) : null,
    ],
  }) as SVGSVGElement;
  if (emphasised != null) emboldenTick(svg, emphasised, 'x');
  return finishSvg(svg, options);
}
