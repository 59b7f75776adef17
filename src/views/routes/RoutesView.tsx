import { useMemo } from 'react';
import { barChart } from '../../charts/barChart';
import type { RouteFigures } from '../../queries/routes';
import { ChartFrame } from '../frame/ChartFrame';
import type { FigureTable } from '../frame/table';
import { formatCount, formatPercent, inWords, upperFirst } from '../format';
import { valueLabel } from '../labels';
import { isEmpty, type ViewProps } from '../viewProps';
import { memoView } from '../memoView';

function routeTable(figures: RouteFigures, what: string): FigureTable {
  return {
    columns: [{ key: 'key', label: what }, { key: 'count', label: 'Records', format: 'count' },
      { key: 'shareOfRecorded', label: 'Share of those recorded', format: 'percent' }],
    rows: [
      ...figures.rows.map((row) => ({ key: valueLabel(row.key), count: row.count, shareOfRecorded: row.shareOfRecorded })),
      { key: 'Not recorded', count: figures.notRecorded, shareOfRecorded: null },
    ],
  };
}

/** A chart builder for one breakdown, largest first. */
function routeChart(figures: RouteFigures, ariaLabel: string) {
  return (width: number, height: number) => barChart(figures.rows.map((row) => ({ label: valueLabel(row.key), value: row.count })), { width, height, ariaLabel });
}

function RoutesFigures(props: ViewProps) {
  const { data, period } = props;
  const { referral, units } = data.main.routes;
  const referralChart = useMemo(() => routeChart(referral, 'Records by referral route'), [referral]);
  const unitChart = useMemo(() => routeChart(units, 'Records by investigating unit'), [units]);
  const [first, second] = referral.rows;
  const borough = units.rows.find((row) => row.key === 'borough');
  const empty = isEmpty(props);
  return (
    <div className="section__grid">
      <ChartFrame id="referrals" height={220} empty={empty} chart={referralChart} table={routeTable(referral, 'Referral route')}
        title={first && second ? `${valueLabel(first.key)} was the most frequent referral route (${formatPercent(first.shareOfRecorded ?? Number.NaN)}), then ${valueLabel(second.key).toLowerCase()}` : 'Referral routes'}
        subtitle={`${formatCount(referral.recorded)} of ${formatCount(referral.total)} records with a referral route recorded, ${period}`} />
      <ChartFrame id="units" height={220} empty={empty} chart={unitChart} table={routeTable(units, 'Investigating unit')}
        title={borough ? `${upperFirst(inWords(borough.shareOfRecorded ?? Number.NaN))} investigations were led by borough (TP) units; the rest by CAIT, Sapphire and others` : 'Investigating units'}
        subtitle={`${formatCount(borough?.count ?? 0)} of ${formatCount(units.recorded)} records with an investigating unit recorded (${formatCount(units.notRecorded)} not recorded), ${period}`} />
    </div>
  );
}

/** View 8: how cases reach the police (referral routes) and who investigates them. Rendered again only when its own figures change. */
export const RoutesView = memoView(RoutesFigures, ({ data }) => [data.main.headline.current.records, data.main.routes]);
