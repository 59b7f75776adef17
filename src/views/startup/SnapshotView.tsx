import { useMemo, type ReactNode } from 'react';
import { CaveatsPanel } from '../caveats/CaveatsPanel';
import { caveatStatements } from '../caveats/caveats';
import { DASHBOARD_MARKS } from '../Dashboard';
import { FilterBar } from '../filters/FilterBar';
import { ExportContextProvider } from '../frame/ExportContextProvider';
import { Figures } from '../Figures';
import { LoadedSource } from '../load/LoadedSource';
import { describeSelection } from '../selection';
import type { DemoSnapshot } from './snapshot';
import { DEMO_FILE_NAME } from './useDemoExtract';

/** Props: the snapshot, and the start-up progress line. */
export interface SnapshotViewProps {
  snapshot: DemoSnapshot;
  progress: ReactNode;
}

const ignore = () => undefined;

/**
 * The demo's opening view as the build draws it into index.html (startup/prerender.tsx): every view,
 * from the build-time snapshot, with the live dashboard's own components, so nothing moves when the
 * live page replaces it. Its controls are disabled: they work once the engine has started.
 */
export function SnapshotView({ snapshot, progress }: SnapshotViewProps) {
  const { state } = snapshot;
  const caveats = useMemo(
    () => caveatStatements({ relationship: snapshot.figures.main.suspects.relationships, synthetic: true }),
    [snapshot],
  );
  const exportContext = useMemo(
    () => ({ selection: describeSelection(state), caveats, marks: DASHBOARD_MARKS }),
    [state, caveats],
  );
  return (
    <main className="dashboard" aria-busy="true">
      <LoadedSource data={{ files: [DEMO_FILE_NAME], rows: snapshot.rows, extent: snapshot.extent }} />
      <div className="dashboard__starting">{progress}</div>
      {/* The same filter bar as the live dashboard, disabled as a whole, so nothing moves when the engine arrives. */}
      <fieldset className="dashboard__waiting-filters" disabled aria-describedby="snapshot-note">
        <FilterBar state={state} extent={snapshot.extent} onChange={ignore} onReset={ignore} />
      </fieldset>
      <p className="dashboard__selection">
        <strong>Showing:</strong> {describeSelection(state)}
        <span className="dashboard__updating" id="snapshot-note"> The filters, tables and downloads work once the engine has started.</span>
      </p>
      <ExportContextProvider value={exportContext}>
        <Figures data={snapshot.figures} state={state} onChange={ignore} caveats={<CaveatsPanel statements={caveats} />} />
      </ExportContextProvider>
    </main>
  );
}
