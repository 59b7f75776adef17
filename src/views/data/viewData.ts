/**
 * The figures every view needs for one selection, all from the query layer (views never write SQL):
 * `dashboardData` for the selection; again for London when a borough is selected (the map, the
 * borough list and the "beside London" figures); and the time series over every year, so a trend
 * shows the selected period in context rather than alone.
 */
import type { DbClient } from '../../data/client';
import { categoriesByPeriod, outcomeSeries, type CategoryPeriodRow, type OutcomeRow } from '../../queries/categories';
import { dashboardData, londonContext, settled, type DashboardData, type LondonContext } from '../../queries/dashboard';
import type { Filters } from '../../queries/filters';
import { headlineFigures, headlineWithChange, type Headline, type HeadlineChange } from '../../queries/headline';
import { onlineByFy, type OnlineYearRow } from '../../queries/online';
import { rememberingClient } from '../../queries/remembering';
import { relationships, type RelationshipFigures } from '../../queries/suspects';
import { monthlyTrend, type TrendRow } from '../../queries/trend';
import { londonOf } from '../urlState';
import { figureCache, type FigureCache } from './figureCache';

/** Series over the whole extract (every year), with the selection's other filters. */
export interface AllYearsSeries {
  trend: TrendRow[];
  categoriesByFy: CategoryPeriodRow[];
  categoriesByMonth: CategoryPeriodRow[];
  outcomesByMonth: OutcomeRow[];
  onlineByFy: OnlineYearRow[];
}

/** Everything the dashboard draws for one selection. */
export interface ViewData {
  /** The selection's figures. */
  main: DashboardData;
  /** London's figures under the same filters when a borough is selected; null when the selection is London. */
  london: LondonContext | null;
  /** Time series over every year. */
  allYears: AllYearsSeries;
}

/** The selection without its period: what the all-years series are computed over. */
export function withoutPeriod(filters: Filters): Filters {
  const { fy: _fy, from: _from, to: _to, ...rest } = filters;
  return rest;
}

/** Whether the selection names a borough. */
export function hasBorough(filters: Filters): boolean {
  return Boolean(filters.offenceBorough || filters.homeBorough);
}

/** The London-wide figures: `london` when a borough is selected, else the selection itself. */
export function londonFigures(data: ViewData): LondonContext {
  return data.london ?? data.main;
}

/** The few figures shown first on opening, while the rest are computed: the headline and the caveats' share. */
export interface HeadlinePreview {
  headline: HeadlineChange;
  /** London's headline when a borough is selected. */
  london: Headline | null;
  relationships: RelationshipFigures;
}

/**
 * The headline preview for `filters`: a handful of queries, so the first screen fills in quickly. Asked
 * together, so the counts of one selection share a statement (see keyCounts).
 */
export async function loadHeadlinePreview(db: DbClient, filters: Filters): Promise<HeadlinePreview> {
  const [headline, london, relationshipFigures] = await Promise.all([
    headlineWithChange(db, filters),
    hasBorough(filters) ? headlineFigures(db, londonOf(filters)) : null,
    relationships(db, filters),
  ]);
  return { headline, london, relationships: relationshipFigures };
}

/** `work`, with a performance measure `figures:<name>` from now until it settles. */
function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  // Readable with performance.getEntriesByType('measure'): where an update's time goes.
  return work().finally(() => performance.measure(`figures:${name}`, { start, end: performance.now() }));
}

/**
 * Computes every figure for `filters`. Each part is looked up in `cache` first: changing the borough
 * leaves London's figures as they were, changing the period leaves the all-years series, and going back
 * to an earlier selection costs nothing. The parts start together, so the engine runs their statements
 * back to back with no wait for the page in between.
 */
export async function loadViewData(db: DbClient, filters: Filters, cache: FigureCache = figureCache()): Promise<ViewData> {
  const all = withoutPeriod(filters);
  const { main, london, allYears } = await settled({
    main: measured('selection', () => cache.get('selection', filters, () => dashboardData(db, filters))),
    london: hasBorough(filters) ? measured('london', () => londonFor(db, londonOf(filters), cache)) : null,
    // Remembering: the five series read one statement's answer (see periodSeries).
    allYears: measured('all-years', () => cache.get('all-years', all, () => allYearsSeries(rememberingClient(db), all))),
  });
  return { main, london, allYears };
}

/** London's context: from London's full figures when they are remembered (London was selected), else its own. */
function londonFor(db: DbClient, london: Filters, cache: FigureCache): Promise<LondonContext> {
  return cache.peek<DashboardData>('selection', london) ?? cache.get('london', london, () => londonContext(db, london));
}

async function allYearsSeries(db: DbClient, all: Filters): Promise<AllYearsSeries> {
  return {
    trend: await monthlyTrend(db, all),
    categoriesByFy: await categoriesByPeriod(db, all, 'fy'),
    categoriesByMonth: await categoriesByPeriod(db, all, 'month'),
    outcomesByMonth: await outcomeSeries(db, all, 'month'),
    onlineByFy: await onlineByFy(db, all),
  };
}
