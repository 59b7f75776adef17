import { useCallback } from 'react';
import { barChart } from '../../charts/barChart';
import { histogramChart } from '../../charts/histogramChart';
import { stackedProportionChart } from '../../charts/stackedProportionChart';
import { CATEGORY_COLOURS } from '../../charts/scales';
import { CATEGORIES } from '../../queries/filters';
import { ChartFrame } from '../frame/ChartFrame';
import { formatCount, formatPercent, inWords, upperFirst, share } from '../format';
import { CATEGORY_LABELS } from '../labels';
import { besideLondon, isEmpty, type ViewProps } from '../viewProps';
import { memoView } from '../memoView';
import { missingTables } from './tables';

const SERIES = CATEGORIES.map((c) => CATEGORY_LABELS[c]);
const COLOURS = Object.fromEntries(CATEGORIES.map((c) => [CATEGORY_LABELS[c], CATEGORY_COLOURS[c]]));
const GROUPS = [['missing', 'Reported missing'], ['notMissing', 'Not reported missing']] as const;

function MissingFigures(props: ViewProps) {
  const { data, period, place } = props;
  const { byCategory, episodes, lookedAfter, categories } = data.main.missing;
  const { victimsMissing, victimsMissingKnown } = data.main.headline.current;
  const london = data.london?.headline.current;
  const londonShare = london ? formatPercent(share(london.victimsMissing, london.victimsMissingKnown)) : null;
  const fifteenPlus = episodes.rows.at(-1)?.victims ?? 0;
  const highest = [...byCategory].sort((a, b) => (share(b.missing, b.known) || 0) - (share(a.missing, a.known) || 0))[0];
  const lookedShare = (group: 'missing' | 'notMissing') => share(lookedAfter[group].lookedAfter, lookedAfter[group].known);
  const category3 = (group: 'missing' | 'notMissing') => share(categories[group].counts['3'], categories[group].total);

  const byCategoryChart = useCallback((width: number, height: number) => barChart(
    byCategory.map((row) => ({ label: CATEGORY_LABELS[row.category], value: share(row.missing, row.known) || 0 })),
    { width, height, sort: 'none', ariaLabel: 'Share of victims reported missing, by category', format: (v) => formatPercent(v) },
  ), [byCategory]);
  const episodeChart = useCallback((width: number, height: number) => histogramChart(
    episodes.rows.map((row) => ({ bin: row.episodes, value: row.victims })),
    { width, height, ariaLabel: 'Victims by number of missing episodes in the prior 12 months', emphasisLabel: '15 or more', xLabel: 'Missing episodes in the 12 months before', yLabel: 'Victims' },
  ), [episodes]);
  const lookedAfterChart = useCallback((width: number, height: number) => barChart(
    GROUPS.map(([key, label]) => ({ label, value: share(lookedAfter[key].lookedAfter, lookedAfter[key].known) || 0 })),
    { width, height, sort: 'none', ariaLabel: 'Share of victims who were looked-after children, by missing status', format: (v) => formatPercent(v) },
  ), [lookedAfter]);
  const categoryChart = useCallback((width: number, height: number) => stackedProportionChart(
    GROUPS.flatMap(([key, label]) => CATEGORIES.map((c) => ({ x: label, series: CATEGORY_LABELS[c], value: categories[key].counts[c] }))),
    { width, height, ariaLabel: 'Categories of victims with and without missing episodes', seriesOrder: SERIES, colours: COLOURS },
  ), [categories]);

  const tables = missingTables(data.main.missing);
  const empty = isEmpty(props);
  return (
    <div className="section__grid">
      <ChartFrame id="missing-category" height={260} empty={empty} chart={byCategoryChart} table={tables.byCategory}
        title={`${upperFirst(inWords(share(victimsMissing, victimsMissingKnown)))} victims in ${place} had been reported missing in the 12 months before${besideLondon(londonShare)}; most often in ${CATEGORY_LABELS[highest.category]} (${formatPercent(share(highest.missing, highest.known))})`}
        subtitle={`${formatCount(victimsMissing)} of ${formatCount(victimsMissingKnown)} victims whose missing-episode count is recorded, ${period}`} />
      <ChartFrame id="missing-episodes" height={260} empty={empty} chart={episodeChart} table={tables.episodes}
        title={`${formatCount(fifteenPlus)} ${fifteenPlus === 1 ? 'child was' : 'children were'} reported missing 15 or more times in the year before`}
        subtitle={`Victims by missing episodes in the 12 months before their latest record: ${formatCount(episodes.total - episodes.unknown)} with a count recorded, ${formatCount(episodes.unknown)} not recorded, ${period}`} />
      <ChartFrame id="looked-after" height={240} empty={empty} chart={lookedAfterChart} table={tables.lookedAfter}
        title={`${formatPercent(lookedShare('missing'))} of victims who went missing were looked-after children, against ${formatPercent(lookedShare('notMissing'))} of those who did not`}
        subtitle={`${formatCount(lookedAfter.missing.lookedAfter)} of ${formatCount(lookedAfter.missing.known)} and ${formatCount(lookedAfter.notMissing.lookedAfter)} of ${formatCount(lookedAfter.notMissing.known)} victims with the looked-after flag recorded, ${period}`} />
      <ChartFrame id="missing-categories" height={240} empty={empty} chart={categoryChart} table={tables.categories}
        title={`Category 3 made up ${formatPercent(category3('missing'))} of victims who went missing, against ${formatPercent(category3('notMissing'))} of those who did not`}
        subtitle={`${formatCount(categories.missing.total)} victims reported missing and ${formatCount(categories.notMissing.total)} not, by the category of their latest record, ${period}`} />
    </div>
  );
}

/** View 7: missing episodes — share missing by category, how often, looked-after children, categories with and without. Rendered again only when its own figures change. */
export const MissingView = memoView(MissingFigures, ({ data }) => [data.main.headline.current, data.main.missing, data.london?.headline.current]);
