import { useMemo, type ReactNode } from 'react';
import type { DbClient } from '../data/client';
import type { DataExtent } from '../queries/extent';
import type { Filters } from '../queries/filters';
import { CaveatsPanel } from './caveats/CaveatsPanel';
import { caveatStatements } from './caveats/caveats';
import { FilterBar } from './filters/FilterBar';
import { ExportContextProvider } from './frame/ExportContextProvider';
import type { ExportContext } from './frame/exporting';
import { Figures, FiguresPreview } from './Figures';
import { usePaintMarks } from './perfMarks';
import { PublishButton } from './publish/PublishButton';
import { describeSelection } from './selection';
import { requestedStates, shownState } from './shownState';
import { defaultFinancialYear } from './startup/defaultPeriod';
import { useDashboardData } from './useDashboardData';
import { useUrlState } from './useUrlState';
import type { ViewState } from './urlState';

/** The engine, and the loaded data: its span, the "what is loaded" line, and whether it is the synthetic demo. */
export interface DashboardProps {
  db: DbClient;
  extent: DataExtent;
  /** The line saying what is loaded (file names, records, dates), shown above the filters. */
  source: ReactNode;
  /** True while the synthetic demo extract is (part of) what is loaded: exports carry the mark. */
  synthetic: boolean;
}

/** The marks every export of the demo's figures carries (a real extract drops the first). */
export const DASHBOARD_MARKS = ['Synthetic demo data', 'Not for publication: exact numbers, no small-number suppression'];

const NO_RELATIONSHIPS = { recorded: 0, total: 0 };

/**
 * The state the figures on screen belong to (see shownState.ts): the same object while its filters,
 * basis and measure do not change, so a filter change does not render every view again before its
 * figures arrive (the views are memoised on it), and a new basis is drawn only with its own figures.
 */
function useShownState(state: ViewState | null, filters: Filters | null): ViewState | null {
  const requested = useMemo(requestedStates, []);
  if (state) requested.remember(state); // idempotent: the same state for the same filters object
  const shown = shownState(requested, state, filters);
  const shownFilters = shown?.filters;
  const basis = shown?.basis;
  const measure = shown?.measure;
  return useMemo(
    () => (shownFilters && basis ? { filters: shownFilters, basis, ...(measure ? { measure } : {}) } : null),
    [shownFilters, basis, measure],
  );
}

/** The dashboard: one filter bar (synced to the URL) driving every view, and the caveats that travel with them. */
export function Dashboard({ db, extent, source, synthetic }: DashboardProps) {
  const defaultFy = useMemo(() => defaultFinancialYear(extent), [extent]);
  const url = useUrlState(defaultFy);
  const filters = url.state?.filters ?? null;
  const figures = useDashboardData(db, filters);
  usePaintMarks(figures); // performance marks for `npm run bench` (see perfMarks.ts)

  const relationship = figures.data?.main.suspects.relationships ?? figures.preview?.relationships ?? NO_RELATIONSHIPS;
  const caveats = useMemo(() => caveatStatements({ relationship, synthetic }), [relationship, synthetic]);
  const caveatsPanel = useMemo(() => <CaveatsPanel statements={caveats} />, [caveats]);
  // Exports describe the figures on screen, so they use the filters those figures were computed for.
  const shownState = useShownState(url.state, figures.filters);
  const exportContext = useMemo<ExportContext>(
    () => ({ selection: shownState ? describeSelection(shownState) : '', caveats, marks: synthetic ? DASHBOARD_MARKS : DASHBOARD_MARKS.slice(1) }),
    [shownState, caveats, synthetic],
  );

  return (
    <main className="dashboard" aria-busy={figures.loading}>
      {source}
      {url.state ? (
        <FilterBar state={url.state} extent={extent} onChange={url.setState} onReset={url.reset} />
      ) : null}
      {url.unknownBorough ? (
        <p className="notice" role="alert">
          The link names a borough “{url.unknownBorough}” that is not one of London's 33, so all of London is shown.
        </p>
      ) : null}
      <p className="dashboard__selection" aria-live="polite" data-testid="selection">
        <strong>Showing:</strong> {url.state ? describeSelection(url.state) : '…'}
        {figures.loading && figures.data ? <span className="dashboard__updating"> Updating…</span> : null}
      </p>
      <PublishButton db={db} filters={figures.filters} source={synthetic ? 'demo-extract.csv' : 'the loaded extract'} />
      {figures.error ? (
        <p className="notice notice--error" role="alert">The figures could not be computed: {figures.error.message}</p>
      ) : null}
      <ExportContextProvider value={exportContext}>
        {figures.data && shownState ? (
          <Figures data={figures.data} state={shownState} onChange={url.update} caveats={caveatsPanel} />
        ) : figures.preview && shownState ? (
          <FiguresPreview preview={figures.preview} state={shownState} caveats={caveatsPanel} />
        ) : (
          <p className="dashboard__pending" role="status">Computing the figures…</p>
        )}
      </ExportContextProvider>
    </main>
  );
}
