import { useCallback } from 'react';
import { barChart } from '../../charts/barChart';
import { stackedProportionChart } from '../../charts/stackedProportionChart';
import { CATEGORY_COLOURS } from '../../charts/scales';
import { CATEGORIES } from '../../queries/filters';
import { ChartFrame } from '../frame/ChartFrame';
import type { FigureTable } from '../frame/table';
import { formatCount, formatPercent, inWords, upperFirst, plural, share } from '../format';
import { CATEGORY_LABELS, valueLabel } from '../labels';
import { besideLondon, isEmpty, type ViewProps } from '../viewProps';
import { memoView } from '../memoView';

const SERIES = CATEGORIES.map((c) => CATEGORY_LABELS[c]);
const COLOURS = Object.fromEntries(CATEGORIES.map((c) => [CATEGORY_LABELS[c], CATEGORY_COLOURS[c]]));

function OnlineFigures(props: ViewProps) {
  const { data, period, place } = props;
  const { totals, byCategory, bySubregion } = data.main.online;
  const byFy = data.allYears.onlineByFy;
  const all = data.main.categories.overall;
  const londonShare = data.london ? formatPercent(share(data.london.online.totals.online, data.london.online.totals.total)) : null;
  const top = [...bySubregion.rows].sort((a, b) => b.count - a.count)[0];

  const volume = useCallback((width: number, height: number) => barChart(
    byFy.map((row) => ({ label: `FY ${row.fy}`, value: row.online })), { width, height, sort: 'none', ariaLabel: 'Online records by financial year' },
  ), [byFy]);
  const categories = useCallback((width: number, height: number) => stackedProportionChart(
    CATEGORIES.flatMap((c) => [
      { x: 'Online records', series: CATEGORY_LABELS[c], value: byCategory.counts[c] },
      { x: 'All records', series: CATEGORY_LABELS[c], value: all.counts[c] },
    ]),
    { width, height, ariaLabel: 'Category shares of online records and of all records', seriesOrder: SERIES, colours: COLOURS },
  ), [byCategory, all]);
  const where = useCallback((width: number, height: number) => barChart(
    bySubregion.rows.map((row) => ({ label: row.key === 'unknown' ? 'Unknown location' : row.key, value: row.share ?? 0 })),
    { width, height, ariaLabel: 'Share of online records by sub-region', format: (v) => formatPercent(v) },
  ), [bySubregion]);

  const volumeTable: FigureTable = {
    columns: [{ key: 'fy', label: 'Financial year' }, { key: 'online', label: 'Online records', format: 'count' },
      { key: 'records', label: 'All records', format: 'count' }, { key: 'notRecorded', label: 'Online flag not recorded', format: 'count' }],
    rows: byFy.map((row) => ({ fy: `FY ${row.fy}`, online: row.online, records: row.records, notRecorded: row.notRecorded })),
  };
  const categoryTable: FigureTable = {
    columns: [{ key: 'category', label: 'Category' }, { key: 'online', label: 'Online records', format: 'count' },
      { key: 'onlineShare', label: 'Share of online', format: 'percent' }, { key: 'all', label: 'All records', format: 'count' },
      { key: 'allShare', label: 'Share of all', format: 'percent' }],
    rows: CATEGORIES.map((c) => ({ category: CATEGORY_LABELS[c], online: byCategory.counts[c], onlineShare: share(byCategory.counts[c], byCategory.total),
      all: all.counts[c], allShare: share(all.counts[c], all.total) })),
  };
  const whereTable: FigureTable = {
    columns: [{ key: 'place', label: 'Sub-region' }, { key: 'count', label: 'Online records', format: 'count' }, { key: 'share', label: 'Share', format: 'percent' }],
    rows: bySubregion.rows.map((row) => ({ place: valueLabel(row.key), count: row.count, share: row.share })),
  };
  const empty = isEmpty(props);
  const noOnline = byCategory.total === 0;
  return (
    <div className="section__grid section__grid--three">
      <ChartFrame id="online-volume" height={240} empty={empty} chart={volume} table={volumeTable}
        title={`${plural(totals.online, 'online record')} in ${place}, ${formatPercent(share(totals.online, totals.total))} of all records${besideLondon(londonShare)}`}
        subtitle={`${formatCount(totals.online)} of ${formatCount(totals.total)} records, ${period}; ${formatCount(totals.notRecorded)} have no online flag recorded. Bars: every financial year.`} />
      <ChartFrame id="online-categories" height={240} empty={empty || noOnline} chart={categories} table={categoryTable}
        title={`${upperFirst(inWords(share(byCategory.counts['1'], byCategory.total)))} online records were Category 1, against ${formatPercent(share(all.counts['1'], all.total))} of all CSE`}
        subtitle={`${formatCount(byCategory.counts['1'])} of ${formatCount(byCategory.total)} online records, ${period}`} />
      <ChartFrame id="online-where" height={240} empty={empty || noOnline} chart={where} table={whereTable}
        title={top && top.share !== null ? `${formatPercent(top.share)} of online records were in ${top.key === 'unknown' ? 'an unknown location' : `${top.key} London`}` : 'Where online records happened'}
        subtitle={`Share of ${formatCount(bySubregion.total)} online records by the offence borough's sub-region, ${period}`} />
    </div>
  );
}

/** View 4: online CSE — volume by year, its categories against all CSE, and where it happened. Rendered again only when its own figures change. */
export const OnlineView = memoView(OnlineFigures, ({ data }) => [data.main.headline.current.records, data.main.online, data.main.categories.overall, data.london?.online.totals, data.allYears.onlineByFy]);
