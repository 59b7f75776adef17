import { useCallback } from 'react';
import { barChart } from '../../charts/barChart';
import { histogramChart } from '../../charts/histogramChart';
import { ChartFrame } from '../frame/ChartFrame';
import type { FigureTable } from '../frame/table';
import { formatCount, formatPercent, share } from '../format';
import { isEmpty, type ViewProps } from '../viewProps';
import { memoView } from '../memoView';

/** Labels short enough for a bar chart's axis; the full names are in the table and the pack. */
const SHORT: Record<string, string> = {
  sf_emotional_physical: 'Emotional/physical condition',
  sf_technology: 'Technology, sexual bullying',
  sf_gifts_money: 'Unexplained gifts or money',
  sf_distrust_authority: 'Distrust of authority',
};

function SafeguardFigures(props: ViewProps) {
  const { data, period } = props;
  const { prevalence, factorCounts } = data.main.safeguard;
  const label = (f: (typeof prevalence)[number]) => `${f.letter} – ${SHORT[f.column] ?? f.label}`;
  const prevalenceChart = useCallback((width: number, height: number) => barChart(
    prevalence.map((f) => ({ label: label(f), value: share(f.present, f.recorded) || 0 })),
    { width, height, sort: 'none', ariaLabel: 'Share of victims with each SAFEGUARD factor', format: (v) => formatPercent(v) },
  ), [prevalence]);
  const countChart = useCallback((width: number, height: number) => histogramChart(
    factorCounts.rows.map((row) => ({ bin: String(row.factors), value: row.victims })),
    { width, height, ariaLabel: 'Victims by number of SAFEGUARD factors present', emphasise: null, xLabel: 'Factors present (of nine)', yLabel: 'Victims' },
  ), [factorCounts]);

  const top = [...prevalence].sort((a, b) => (share(b.present, b.recorded) || 0) - (share(a.present, a.recorded) || 0))[0];
  const threePlus = factorCounts.rows.filter((row) => row.factors >= 3).reduce((sum, row) => sum + row.victims, 0);
  const prevalenceTable: FigureTable = {
    columns: [{ key: 'factor', label: 'Factor' }, { key: 'present', label: 'Victims with it', format: 'count' },
      { key: 'recorded', label: 'Victims with it recorded', format: 'count' }, { key: 'share', label: 'Share', format: 'percent' }],
    rows: prevalence.map((f) => ({ factor: label(f), present: f.present, recorded: f.recorded, share: share(f.present, f.recorded) })),
  };
  const countTable: FigureTable = {
    columns: [{ key: 'factors', label: 'Factors present' }, { key: 'victims', label: 'Victims', format: 'count' }],
    rows: factorCounts.rows.map((row) => ({ factors: String(row.factors), victims: row.victims })),
  };
  const empty = isEmpty(props);
  return (
    <div className="section__grid">
      <ChartFrame id="safeguard-prevalence" height={280} empty={empty} chart={prevalenceChart} table={prevalenceTable}
        title={top ? `${top.label} was the commonest vulnerability factor, recorded for ${formatPercent(share(top.present, top.recorded))} of victims` : 'SAFEGUARD factors'}
        subtitle={`Share of victims with each factor, of those with it recorded either way; ${formatCount(top?.victims ?? 0)} victims, ${period}`} />
      <ChartFrame id="safeguard-count" height={280} empty={empty} chart={countChart} table={countTable}
        title={`${formatPercent(share(threePlus, factorCounts.total))} of victims carried three or more of the nine factors`}
        subtitle={`${formatCount(threePlus)} of ${formatCount(factorCounts.total)} victims, ${period}; a factor not recorded counts as absent (${formatCount(factorCounts.noneRecorded)} victims have none recorded at all)`} />
    </div>
  );
}

/** View 9: the SAFEGUARD vulnerability factors — how common each is, and how many each child carries. Rendered again only when its own figures change. */
export const SafeguardView = memoView(SafeguardFigures, ({ data }) => [data.main.headline.current.records, data.main.safeguard]);
