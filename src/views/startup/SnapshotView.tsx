import { useMemo, type ReactNode } from 'react';
import { CaveatsPanel } from '../caveats/CaveatsPanel';
import { caveatStatements } from '../caveats/caveats';
import { DASHBOARD_MARKS } from '../Dashboard';
import { FilterBar } from '../filters/FilterBar';
import { ExportContextProvider } from '../frame/ExportContextProvider';
import { Figures } from '../Figures';
import { LoadedSource } from '../load/LoadedSource';
import { usePaintMarks } from '../perfMarks';
import { describeSelection } from '../selection';
import { filtersToSearch, type ViewState } from '../urlState';
import type { DemoSnapshot } from './snapshot';
import { DEMO_FILE_NAME } from './useDemoExtract';

/** Props: the snapshot and its view, the start-up progress line, and what to do when the user asks for another view. */
export interface SnapshotViewProps {
  snapshot: DemoSnapshot;
  state: ViewState;
  progress: ReactNode;
  /** Called after a change has been written to the address bar: the live dashboard will open on it. */
  onLeave: () => void;
}

const noBorough = async (): Promise<string | null> => null;

/**
 * The demo's opening figures while the engine starts: every view, drawn from the build-time snapshot.
 * Reading, tables and exports work at once; a filter change is written to the address bar and the live
 * dashboard opens on it as soon as the engine is ready.
 */
export function SnapshotView({ snapshot, state, progress, onLeave }: SnapshotViewProps) {
  const caveats = useMemo(
    () => caveatStatements({ relationship: snapshot.figures.main.suspects.relationships, synthetic: true }),
    [snapshot],
  );
  const exportContext = useMemo(
    () => ({ selection: describeSelection(state), caveats, marks: DASHBOARD_MARKS }),
    [state, caveats],
  );
  usePaintMarks({ data: snapshot.figures, preview: null, filters: state.filters }); // first figures, for `npm run bench`
  const onChange = (change: (current: ViewState) => ViewState) => {
    window.history.pushState(null, '', `?${filtersToSearch(change(state))}`);
    onLeave();
  };
  return (
    <main className="dashboard" aria-busy="true" data-testid="snapshot-view">
      <LoadedSource data={{ files: [DEMO_FILE_NAME], rows: snapshot.rows, extent: snapshot.extent }} />
      <div className="dashboard__starting">{progress}</div>
      {/* The same filter bar as the live dashboard, disabled as a whole, so nothing moves when the engine arrives. */}
      <fieldset className="dashboard__waiting-filters" disabled aria-describedby="snapshot-note">
        <FilterBar state={state} extent={snapshot.extent} onChange={(next) => onChange(() => next)} onReset={() => undefined} resolveBorough={noBorough} />
      </fieldset>
      <p className="dashboard__selection" data-testid="selection">
        <strong>Showing:</strong> {describeSelection(state)}
        <span className="dashboard__updating" id="snapshot-note"> The filters work once the engine has started.</span>
      </p>
      <ExportContextProvider value={exportContext}>
        <Figures data={snapshot.figures} state={state} onChange={onChange} caveats={<CaveatsPanel statements={caveats} />} />
      </ExportContextProvider>
    </main>
  );
}
