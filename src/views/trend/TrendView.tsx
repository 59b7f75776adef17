import { useCallback } from 'react';
import { trendChart } from '../../charts/trendChart';
import { ChartFrame } from '../frame/ChartFrame';
import type { FigureTable } from '../frame/table';
import { formatChange, formatCount, formatMonth } from '../format';
import { FLAGS_MARKER, monthDate, type ViewProps } from '../viewProps';
import { memoView } from '../memoView';

function TrendFigures(props: ViewProps) {
  const { data, place } = props;
  const rows = data.allYears.trend;
  const chart = useCallback((width: number, height: number) => trendChart(
    rows.map((row) => ({ month: monthDate(row.month), count: row.records, rolling12: row.rolling12 })),
    { width, height, ariaLabel: 'Records per month with the rolling 12-month average', marker: FLAGS_MARKER },
  ), [rows]);
  const table: FigureTable = {
    columns: [{ key: 'month', label: 'Month' }, { key: 'records', label: 'Records', format: 'count' },
      { key: 'rolling12', label: 'Records in the 12 months to this month', format: 'count' }],
    rows: rows.map((row) => ({ month: formatMonth(row.month), records: row.records, rolling12: row.rolling12 })),
  };
  const last = rows.at(-1);
  const yearBefore = rows.length >= 13 ? rows.at(-13) : undefined;
  const total = rows.reduce((sum, row) => sum + row.records, 0);
  const title = last?.rolling12 != null && yearBefore?.rolling12 != null
    ? `${formatCount(last.rolling12)} records in ${place} in the 12 months to ${formatMonth(last.month)}: ${formatChange(last.rolling12, yearBefore.rolling12, 'the 12 months before')}`
    : last?.rolling12 != null
      ? `${formatCount(last.rolling12)} records in ${place} in the 12 months to ${formatMonth(last.month)}`
      : `Records in ${place} by month`;
  return (
    <div className="section__grid">
      <ChartFrame id="trend" className="wide" height={340} empty={total === 0} chart={chart} table={table} title={title}
        subtitle={`${formatCount(total)} records over every month of the extract${rows.length ? `, ${formatMonth(rows[0].month)} to ${formatMonth(rows.at(-1)!.month)}` : ''}, with the other filters applied; the line is the average month over the last 12. Flags began in October 2013, so the first months may undercount.`} />
    </div>
  );
}

/** View 10: monthly records over the whole extract, with a rolling 12-month line. Rendered again only when its own figures change. */
export const TrendView = memoView(TrendFigures, ({ data }) => [data.allYears.trend]);
