/**
 * Funnel plot: each borough's rate per 10,000 children against its child population, with 95% and
 * 99.8% control limits around the London rate. Points beyond a limit change shape and colour; points
 * beyond 99.8% are named.
 */
import * as Plot from '@observablehq/plot';
import { formatCount, formatDecimal } from './format';
import { legendHeight, legendMark, type LegendItem } from './legend';
import { DEFAULT_WIDTH, finishSvg, MUTED_COLOUR, plotBase, TEXT_COLOUR, type ChartOptions } from './options';
import { funnelStatus, type FunnelLimit, type FunnelPoint, type FunnelStatus } from './funnelLimits';

export { funnelStatus, limitsAt, type FunnelLimit, type FunnelPoint, type FunnelStatus } from './funnelLimits';

export interface FunnelData {
  points: readonly FunnelPoint[];
  /** The London rate: the funnel's centre line. */
  centre: number;
  /** Control limits at populations spanning the points, ascending by population. */
  limits: readonly FunnelLimit[];
}

export interface FunnelOptions extends ChartOptions {
  /** A point label to pick out (a lead's own borough). */
  highlight?: string;
  xLabel?: string;
  yLabel?: string;
  format?: (rate: number) => string;
}

const STYLE: Record<FunnelStatus, { symbol: 'circle' | 'triangle' | 'diamond'; colour: string; hollow: boolean }> = {
  within: { symbol: 'circle', colour: MUTED_COLOUR, hollow: true },
  above95: { symbol: 'triangle', colour: '#D55E00', hollow: false },
  above998: { symbol: 'triangle', colour: '#D55E00', hollow: false },
  below95: { symbol: 'diamond', colour: '#0072B2', hollow: false },
  below998: { symbol: 'diamond', colour: '#0072B2', hollow: false },
};

const LEGEND: LegendItem[] = [
  { label: 'Within the 95% limits', colour: MUTED_COLOUR, shape: 'circle', hollow: true },
  { label: 'Above the 95% limit', colour: '#D55E00', shape: 'triangle' },
  { label: 'Below the 95% limit', colour: '#0072B2', shape: 'diamond' },
  { label: '95% limits', colour: MUTED_COLOUR, shape: 'line', dash: '5 3' },
  { label: '99.8% limits', colour: MUTED_COLOUR, shape: 'line' },
];

function limitLines(limits: readonly FunnelLimit[]): Plot.Markish {
  const line = (y: keyof FunnelLimit, dashed: boolean) => Plot.line(limits, { x: 'population', y, stroke: MUTED_COLOUR,
    strokeWidth: 1.5, strokeDasharray: dashed ? '5 3' : undefined, clip: 'frame' });
  return [line('lower95', true), line('upper95', true), line('lower998', false), line('upper998', false)];
}

/** A funnel plot of `data`. */
export function funnelPlot(data: FunnelData, options: FunnelOptions): SVGSVGElement {
  const { points, centre, limits } = data;
  const format = options.format ?? ((rate: number) => formatDecimal(rate));
  const marked = points.map((point) => ({ ...point, status: funnelStatus(point, limits) }));
  const width = options.width ?? DEFAULT_WIDTH;
  const [marginLeft, marginRight] = [64, 40];
  const top = Math.max(centre, ...points.map((p) => p.rate)) * 1.2;
  const named = marked.filter((p) => p.status.endsWith('998') || p.label === options.highlight);
  const svg = Plot.plot({
    ...plotBase(options, 400),
    marginLeft, marginRight, marginBottom: 44,
    marginTop: legendHeight(LEGEND.map((item) => item.label), width - marginLeft - marginRight) + 8,
    x: { label: options.xLabel ?? 'Children aged 0–17', labelAnchor: 'center', labelArrow: 'none', tickFormat: formatCount, nice: true, zero: true },
    y: { label: options.yLabel ?? 'Rate per 10,000 children', labelAnchor: 'center', labelArrow: 'none', domain: [0, top], tickFormat: format, grid: true, nice: true },
    marks: [
      limitLines(limits),
      Plot.ruleY([centre], { stroke: TEXT_COLOUR, strokeWidth: 1.5 }),
      Plot.text([centre], { y: (v: number) => v, frameAnchor: 'right', textAnchor: 'end', dy: -8, fill: TEXT_COLOUR,
        text: () => `London ${format(centre)}` }),
      (Object.keys(STYLE) as FunnelStatus[]).map((status) => Plot.dot(marked.filter((p) => p.status === status), {
        x: 'population', y: 'rate', symbol: STYLE[status].symbol, r: status.endsWith('998') ? 5.5 : 4.5, stroke: STYLE[status].colour,
        fill: STYLE[status].hollow ? 'white' : STYLE[status].colour, strokeWidth: 1.5,
        title: (p: FunnelPoint) => `${p.label}: ${format(p.rate)} per 10,000 (${formatCount(p.population)} children)` })),
      options.highlight ? Plot.dot(marked.filter((p) => p.label === options.highlight), { x: 'population', y: 'rate', r: 10, stroke: TEXT_COLOUR, strokeWidth: 2 }) : null,
      [false, true].map((bold) => Plot.text(named.filter((p) => (p.label === options.highlight) === bold), {
        x: 'population', y: 'rate', text: 'label', dx: 10, textAnchor: 'start', fill: TEXT_COLOUR,
        fontWeight: bold ? 'bold' : 'normal', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' })),
      legendMark(LEGEND),
    ],
  }) as SVGSVGElement;
  return finishSvg(svg, options);
}
