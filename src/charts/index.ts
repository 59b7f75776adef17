/**
 * Charts: pure functions (rows, options) → SVG element, shared by the dashboard and the static reports.
 * They never query, fetch or parse HTML; text from data reaches the DOM only as text nodes.
 * Node callers pass `document: nodeDocument()` from dom.ts, which is not re-exported here so that linkedom stays
 * out of the browser bundle.
 */
export { barChart, type BarChartOptions, type BarRow } from './barChart';
export { stackedProportionChart, stackShares, type ProportionRow, type StackedProportionOptions } from './stackedProportionChart';
export { multiLineChart, type LineRow, type MultiLineOptions } from './multiLineChart';
export { rollingPoints, trendChart, type TrendOptions, type TrendRow } from './trendChart';
export { pyramidChart, type PyramidOptions, type PyramidRow } from './pyramidChart';
export { histogramChart, type BinRow, type HistogramOptions } from './histogramChart';
export { funnelPlot, funnelStatus, limitsAt, type FunnelData, type FunnelLimit, type FunnelOptions, type FunnelPoint, type FunnelStatus } from './funnelPlot';
export { dotRangeChart, type DotRangeOptions, type RangeRow } from './dotRangeChart';
export { tileGridMap, type TileGridOptions, type TileRow } from './tileGridMap';
export { GRID_COLUMNS, GRID_ROWS, TILES, type Tile } from './tileGrid';
export { choroplethSvg, type BoroughCollection, type BoroughFeature, type ChoroplethOptions } from './choroplethSvg';
export * from './scales';
export { classLegend, classLegendItems, classLegendSvg, swatchLegend, type LegendItem, type PlacedLegend } from './legend';
export { contrastRatio, luminance, textColourOn } from './colour';
export { formatCount, formatDecimal, formatMonth, formatPercent, formatValue } from './format';
export type { Marker } from './annotations';
export type { ChartOptions } from './options';
export { chartMarkup } from './serialize';
