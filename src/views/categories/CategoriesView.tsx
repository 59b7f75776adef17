import { useCallback } from 'react';
import { multiLineChart } from '../../charts/multiLineChart';
import { stackedProportionChart } from '../../charts/stackedProportionChart';
import { CATEGORY_COLOURS, OUTCOME_COLOURS } from '../../charts/scales';
import { CATEGORIES } from '../../queries/filters';
import { ChartFrame } from '../frame/ChartFrame';
import { formatCount, formatMonth, formatPercent, inWords, upperFirst, share } from '../format';
import { CATEGORY_LABELS } from '../labels';
import { besideLondon, FLAGS_MARKER, isEmpty, monthDate, type ViewProps } from '../viewProps';
import { memoView } from '../memoView';
import { categoryTables, outcomeTable } from './tables';

const SERIES = CATEGORIES.map((c) => CATEGORY_LABELS[c]);
const COLOURS = Object.fromEntries(CATEGORIES.map((c) => [CATEGORY_LABELS[c], CATEGORY_COLOURS[c]]));
const OUTCOMES = [
  ['suspicion', 'Suspicion'], ['crime', 'Crime'], ['detections', 'Detections'], ['disruptions', 'Intelligence / disruption'],
] as const;
const OUTCOME_FILL = { Suspicion: OUTCOME_COLOURS.suspicion, Crime: OUTCOME_COLOURS.crime, Detections: OUTCOME_COLOURS.detection, 'Intelligence / disruption': OUTCOME_COLOURS.disruption };

function CategoriesFigures(props: ViewProps) {
  const { data, period, place } = props;
  const { overall } = data.main.categories;
  const { categoriesByFy, categoriesByMonth, outcomesByMonth } = data.allYears;
  const category1 = share(overall.counts['1'], overall.total);
  const londonShare = data.london ? formatPercent(share(data.london.categories.overall.counts['1'], data.london.categories.overall.total)) : null;
  const yearly = categoryTables.byYear(categoriesByFy);
  const shares = yearly.rows.map((row) => row.share1).filter((value): value is number => typeof value === 'number');
  const range = shares.length > 1 ? ` (Category 1 ${formatPercent(Math.min(...shares))}–${formatPercent(Math.max(...shares))} across the years)` : '';

  const byFy = useCallback((width: number, height: number) => stackedProportionChart(
    categoriesByFy.map((row) => ({ x: row.period, series: CATEGORY_LABELS[row.category], value: row.count })),
    { width, height, ariaLabel: 'Share of records in each CSE category by financial year', seriesOrder: SERIES, colours: COLOURS },
  ), [categoriesByFy]);
  const byMonth = useCallback((width: number, height: number) => stackedProportionChart(
    categoriesByMonth.map((row) => ({ x: monthDate(row.period), series: CATEGORY_LABELS[row.category], value: row.count })),
    { width, height, ariaLabel: 'Share of records in each CSE category by month', seriesOrder: SERIES, colours: COLOURS, marker: { ...FLAGS_MARKER, align: 'start' } },
  ), [categoriesByMonth]);
  const outcomes = useCallback((width: number, height: number) => multiLineChart(
    outcomesByMonth.flatMap((row) => OUTCOMES.map(([key, label]) => ({ date: monthDate(row.period), series: label, value: row[key] }))),
    { width, height, ariaLabel: 'Suspicions, crimes, detections and intelligence/disruption outcomes by month', colours: OUTCOME_FILL, marker: FLAGS_MARKER },
  ), [outcomesByMonth]);

  const outcomeTotals = data.main.outcomes.byFy.reduce(
    (sum, row) => ({ suspicion: sum.suspicion + row.suspicion, crime: sum.crime + row.crime, detections: sum.detections + row.detections, disruptions: sum.disruptions + row.disruptions }),
    { suspicion: 0, crime: 0, detections: 0, disruptions: 0 },
  );
  const months = categoriesByMonth.length ? `${formatMonth(categoriesByMonth[0].period)} to ${formatMonth(categoriesByMonth.at(-1)!.period)}` : '';
  const empty = isEmpty(props);
  return (
    <div className="section__grid">
      <ChartFrame id="categories-fy" height={320} empty={empty} chart={byFy} table={yearly}
        title={`${upperFirst(inWords(category1))} flagged records in ${place} were Category 1 'At risk'${besideLondon(londonShare)}`}
        subtitle={`${formatCount(overall.counts['1'])} of ${formatCount(overall.total)} records, ${period}. Bars: every financial year${range}; FY 2013/14 runs from October 2013 only.`} />
      <ChartFrame id="categories-month" height={320} empty={empty} chart={byMonth} table={categoryTables.byMonth(categoriesByMonth)}
        title="The category mix month by month, since flags began"
        subtitle={`Share of each month's records, ${months}; months with few records swing widely.`} />
      <ChartFrame id="outcomes" className="wide" height={340} empty={empty} chart={outcomes} table={outcomeTable(outcomesByMonth)}
        title={`${upperFirst(inWords(share(outcomeTotals.suspicion, overall.total)))} records were suspicions rather than crimes; ${formatCount(outcomeTotals.detections)} ended in a detection`}
        subtitle={`${period}: ${formatCount(outcomeTotals.suspicion)} suspicions, ${formatCount(outcomeTotals.crime)} crimes, ${formatCount(outcomeTotals.detections)} detections, ${formatCount(outcomeTotals.disruptions)} intelligence/disruption outcomes of ${formatCount(overall.total)} records. Lines: every month, as in the Bexley pack.`} />
    </div>
  );
}

/** View 3: category shares by financial year and by month, and the Bexley pack's four outcome series. Rendered again only when its own figures change. */
export const CategoriesView = memoView(CategoriesFigures, ({ data }) => [data.main.headline.current.records, data.main.categories, data.main.outcomes, data.london?.categories,
  data.allYears.categoriesByFy, data.allYears.categoriesByMonth, data.allYears.outcomesByMonth]);
