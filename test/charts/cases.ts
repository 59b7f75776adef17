/** Every chart on a fixed dataset, by snapshot name: rendered by snapshots.test.ts and screenshots. */
import { readFileSync } from 'node:fs';
import {
  barChart, choroplethSvg, classedScale, classLegendSvg, dotRangeChart, funnelPlot, histogramChart, multiLineChart,
  pyramidChart, stackedProportionChart, tileGridMap, trendChart, type BoroughCollection,
} from '../../src/charts';
import { nodeDocument } from '../../src/charts/dom';
import {
  boroughBars, categoryShares, funnelData, missingBins, monthlyShares, outcomeLines, pyramidRows, rateRanges, SCRIPT_LABEL, trendRows,
} from './fixtures';

const document = nodeDocument();
const FLAGS = new Date(Date.UTC(2013, 9, 1));
const CATEGORIES = ['Category 1', 'Category 2', 'Category 3'];

/** 33 borough values: codes 1…33 with value = code number × 3, two suppressed. */
export const tileRows = Array.from({ length: 33 }, (_, i) => ({
  code: `E09${String(i + 1).padStart(6, '0')}`,
  value: i + 1 === 25 || i + 1 === 1 ? null : (i + 1) * 3,
}));

/** Three squares as a tiny GeoJSON, wound clockwise as d3-geo expects. */
export const squares: BoroughCollection = {
  type: 'FeatureCollection',
  features: [['E09000001', 'City of London', 0], ['E09000002', 'Barking and Dagenham', 0.02], ['E09000003', SCRIPT_LABEL, 0.04]].map(
    ([code, name, x0]) => ({
      type: 'Feature', properties: { code: code as string, name: name as string },
      geometry: { type: 'Polygon', coordinates: [[[x0 as number, 51.5], [x0 as number, 51.51], [(x0 as number) + 0.015, 51.51], [(x0 as number) + 0.015, 51.5], [x0 as number, 51.5]]] },
    })),
};

export function londonGeojson(): BoroughCollection {
  return JSON.parse(readFileSync(new URL('../../public/london-boroughs.geojson', import.meta.url), 'utf8')) as BoroughCollection;
}

export const CASES: Record<string, () => Element> = {
  'bar-boroughs': () => barChart(boroughBars, { document, ariaLabel: 'Flagged offences by borough', highlight: 'Newham',
    reference: { value: 102, label: 'Borough average' } }),
  'stacked-financial-year': () => stackedProportionChart(categoryShares, { document, ariaLabel: 'Share by CSE category',
    seriesOrder: CATEGORIES, marker: { x: '2013/14', label: 'Flags introduced Oct 2013 (part year)', align: 'above' } }),
  'stacked-months': () => stackedProportionChart(monthlyShares, { document, ariaLabel: 'Share by month', seriesOrder: CATEGORIES,
    marker: { x: FLAGS, label: 'CSE flags introduced Oct 2013' } }),
  'multi-line-outcomes': () => multiLineChart(outcomeLines, { document, ariaLabel: 'Outcomes by month' }),
  'trend-monthly': () => trendChart(trendRows, { document, ariaLabel: 'Records per month', marker: { x: FLAGS, label: 'Flags introduced' } }),
  'pyramid-victims': () => pyramidChart(pyramidRows, { document, ariaLabel: 'Victims by age and gender' }),
  'histogram-missing': () => histogramChart(missingBins, { document, ariaLabel: 'Missing episodes', emphasisLabel: 'Missing 15 or more times',
    xLabel: 'Missing episodes in the 12 months before', yLabel: 'Victims' }),
  'funnel-rates': () => funnelPlot(funnelData, { document, ariaLabel: 'Rates against population', highlight: 'Camden' }),
  'dot-range-rates': () => dotRangeChart(rateRanges, { document, ariaLabel: 'Rates with 95% CIs', highlight: 'Newham',
    reference: { value: 14, label: 'London' } }),
  'tile-grid': () => tileGridMap(tileRows, { document, ariaLabel: 'Victims by home borough', highlight: 'E09000028' }),
  'choropleth-squares': () => choroplethSvg(squares, new Map([['E09000001', 5], ['E09000002', null], ['E09000003', 40]]),
    { document, ariaLabel: 'Three squares', width: 320, highlight: 'E09000003' }),
  'legend-classes': () => classLegendSvg(classedScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), { document, ariaLabel: 'Legend', width: 480 }),
};

export { document };
