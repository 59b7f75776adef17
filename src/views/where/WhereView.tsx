import { useCallback } from 'react';
import { barChart } from '../../charts/barChart';
import { dotRangeChart } from '../../charts/dotRangeChart';
import { funnelPlot, funnelStatus } from '../../charts/funnelPlot';
import { boroughName, SUBREGIONS, type BoroughFigures } from '../../queries/boroughs';
import { londonFigures } from '../data/viewData';
import { ChartFrame } from '../frame/ChartFrame';
import type { FigureTable } from '../frame/table';
import { formatCount, formatPercent, formatRate, share } from '../format';
import { valueLabel } from '../labels';
import { selectedBorough, type ViewState } from '../urlState';
import type { ViewProps } from '../viewProps';
import { memoView } from '../memoView';
import { MapFrame } from './MapFrame';

/** "Rates ranged from 3.1 (Richmond upon Thames) to 77.9 (City of London) per 10,000; London 10.9" (and the selected borough). */
function ratesFinding(figures: BoroughFigures, selected: string | undefined): string {
  const sorted = [...figures.boroughs].sort((a, b) => a.ratePer10k - b.ratePer10k);
  const [low, high] = [sorted[0], sorted.at(-1)!];
  const mine = figures.boroughs.find((b) => b.code === selected);
  const own = mine ? `; ${mine.name} ${formatRate(mine.ratePer10k, false)}` : '';
  return `Rates ranged from ${formatRate(low.ratePer10k, false)} (${low.name}) to ${formatRate(high.ratePer10k, false)} (${high.name}) per 10,000 children; London ${formatRate(figures.londonRate, false)}${own}`;
}

/** What the Where view receives: the view props and the state setter (map clicks and toggles). */
type WhereProps = ViewProps & { onChange: (change: (current: ViewState) => ViewState) => void };

function WhereFigures(props: WhereProps) {
  const { data, state, period, onChange } = props;
  const london = londonFigures(data);
  const basis = state.basis;
  const figures = london.boroughs[basis];
  const subregions = basis === 'home' ? london.boroughs.homeSubregions : london.boroughs.offenceSubregions;
  const funnel = london.funnel[basis];
  const selected = selectedBorough(state);
  const selectedName = selected ? boroughName(selected) : undefined;
  const empty = london.headline.current.records === 0;

  const points = funnel.boroughs.map((b) => ({ label: b.name, population: b.children, rate: b.ratePer10k }));
  const limits = funnel.limits.map((l) => ({ population: l.children, lower95: l.lower95, upper95: l.upper95, lower998: l.lower998, upper998: l.upper998 }));
  const above = points.filter((p) => funnelStatus(p, limits).startsWith('above'));
  const below = points.filter((p) => funnelStatus(p, limits).startsWith('below'));

  const rates = useCallback((width: number, height: number) => dotRangeChart(
    figures.boroughs.map((b) => ({ label: b.name, value: b.ratePer10k, low: b.ci95.low, high: b.ci95.high })),
    { width, height, highlight: selectedName, reference: { value: figures.londonRate, label: 'London' },
      xLabel: 'Rate per 10,000 children (95% confidence interval)', ariaLabel: 'Rate per 10,000 children by borough with 95% confidence intervals' },
  ), [figures, selectedName]);
  const funnelChart = useCallback((width: number, height: number) => funnelPlot(
    { points, centre: funnel.londonRate, limits }, { width, height, highlight: selectedName, ariaLabel: 'Funnel plot of borough rates against London' },
  ), [funnel, selectedName]); // points and limits derive from funnel
  const subregionChart = useCallback((width: number, height: number) => barChart(
    SUBREGIONS.map((key) => ({ label: key, value: subregions.counts[key] })), { width, height, sort: 'none', ariaLabel: 'Totals by London sub-region' },
  ), [subregions]);

  const unit = basis === 'home' ? 'victims' : 'records';
  const rateTable: FigureTable = {
    columns: [{ key: 'borough', label: 'Borough' }, { key: 'count', label: unit === 'victims' ? 'Victims' : 'Records', format: 'count' },
      { key: 'rate', label: 'Rate', format: 'rate' }, { key: 'low', label: '95% CI low', format: 'rate' }, { key: 'high', label: '95% CI high', format: 'rate' },
      { key: 'status', label: 'Against London' }],
    rows: [...figures.boroughs].sort((a, b) => b.ratePer10k - a.ratePer10k).map((b) => {
      const status = funnelStatus({ label: b.name, population: b.children, rate: b.ratePer10k }, limits);
      return { borough: b.name, count: b.count, rate: b.ratePer10k, low: b.ci95.low, high: b.ci95.high,
        status: status === 'within' ? 'Within 95% limits' : status.startsWith('above') ? 'Above' : 'Below' };
    }),
  };
  const subregionTable: FigureTable = {
    columns: [{ key: 'place', label: 'Sub-region' }, { key: 'count', label: unit === 'victims' ? 'Victims' : 'Records', format: 'count' }, { key: 'share', label: 'Share', format: 'percent' }],
    rows: [...SUBREGIONS, 'outside_london', 'unknown', 'not_recorded'].map((key) => ({
      place: valueLabel(key), count: subregions.counts[key as keyof typeof subregions.counts], share: share(subregions.counts[key as keyof typeof subregions.counts], subregions.total),
    })),
  };
  const topRegion = [...SUBREGIONS].sort((a, b) => subregions.counts[b] - subregions.counts[a])[0];
  const names = (list: { label: string }[]) => (list.length ? list.map((p) => p.label).join(', ') : 'none');
  return (
    <div className="section__grid">
      <MapFrame figures={figures} subregions={subregions} state={state} period={period} empty={empty} onChange={onChange} />
      <ChartFrame id="borough-rates" className="tall" height={33 * 22 + 64} empty={empty} chart={rates} table={rateTable}
        title={ratesFinding(figures, selected)}
        subtitle={`${unit === 'victims' ? 'Victims by home borough' : 'Records by offence borough'} per 10,000 children aged 0–17, ${period}. Lines: exact Poisson 95% confidence intervals; small boroughs have wide ones.`} />
      <ChartFrame id="funnel" height={440} empty={empty} chart={funnelChart} table={rateTable}
        title={`${above.length} ${above.length === 1 ? 'borough is' : 'boroughs are'} above London's rate by more than chance explains; ${below.length} below`}
        subtitle={`Each borough's rate against its child population, with 95% and 99.8% limits around London (${formatRate(funnel.londonRate)}), ${period}. Above: ${names(above)}. Below: ${names(below)}.`} />
      <ChartFrame id="subregions" height={190} empty={empty} chart={subregionChart} table={subregionTable}
        title={`${topRegion} London had the most ${unit}: ${formatPercent(share(subregions.counts[topRegion], subregions.total))}`}
        subtitle={`${formatCount(subregions.total)} ${unit} by ${basis === 'home' ? 'home' : 'offence'} sub-region (London Plan), ${period}. Not on the map: ${formatCount(subregions.counts.outside_london)} outside London, ${formatCount(subregions.counts.unknown)} unknown location, ${formatCount(subregions.counts.not_recorded)} not recorded.`} />
    </div>
  );
}

/**
 * View 2: where — the map and tile grid, rates with 95% intervals, the funnel plot against London,
 * sub-regions. Rendered again only when London's borough figures or the map's state change (the map
 * reads the basis, the measure and the selected borough from `state`, nothing else).
 */
export const WhereView = memoView<WhereProps>(WhereFigures, ({ data, state, onChange }) => {
  const london = londonFigures(data);
  return [london.headline.current.records, london.boroughs, london.funnel, state.basis, state.measure, selectedBorough(state), onChange];
});
