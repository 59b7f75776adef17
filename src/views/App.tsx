import { useEffect, useState } from 'react';
import type { EngineProgress } from '../data/browserClient';
import type { DbClient } from '../data/client';
import { engineVersion } from '../queries/extent';
import { Dashboard } from './Dashboard';
import type { LoadedData } from './load/loadedData';
import { LoadedSource } from './load/LoadedSource';
import { LoadPanel } from './load/LoadPanel';
import { LoadControls } from './load/LoadControls';
import { useExtractLoader } from './load/useExtractLoader';
import { releasePrerender } from './startup/prerendered';
import type { DemoSnapshot } from './startup/snapshot';
import { SnapshotView } from './startup/SnapshotView';
import { StartupProgress } from './startup/StartupProgress';
import { DEMO_FILE_NAME, useDemoExtract } from './startup/useDemoExtract';
import { useEngine } from './useEngine';

/** What the page may start with. */
export interface AppProps {
  /**
   * Build time only (startup/prerender.tsx): draw the demo's opening view from this snapshot, as the
   * page shows it until the engine is ready. In the browser that drawing is already in the HTML.
   */
  prerenderSnapshot?: DemoSnapshot;
}

/**
 * The page: header with the synthetic-data label and the publication note, start-up progress while
 * the engine starts and the demo extract loads, then the dashboard.
 */
export function App({ prerenderSnapshot }: AppProps = {}) {
  const engine = useEngine();
  const db = engine.status === 'ready' ? engine.db : null;
  const extract = useDemoExtract(db);
  const version = useEngineVersion(db);
  const failure = engine.status === 'failed' ? engine.error : extract.status === 'failed' ? extract.error : null;
  const progress: EngineProgress | null | 'ready' = engine.status === 'starting' ? engine.progress : 'ready';
  // Ready once the data is in and the engine has said which version it is, so everything appears at once.
  const ready = db !== null && extract.status === 'ready' && version !== null;
  // What is loaded: the demo from start-up until the user loads a file of their own.
  const loader = useExtractLoader(db, [DEMO_FILE_NAME]);
  const demo: LoadedData | null = extract.status === 'ready'
    ? { files: [DEMO_FILE_NAME], rows: extract.report.rowsAccepted, extent: extract.extent }
    : null;
  const data = loader.loaded ?? demo;
  const synthetic = data?.files.includes(DEMO_FILE_NAME) ?? false;
  const demoOnly = data?.files.length === 1 && data.files[0] === DEMO_FILE_NAME;
  const rejected = loader.loaded ? loader.report?.rowsRejected : extract.status === 'ready' ? extract.report.rowsRejected : undefined;
  // The build's drawing of the opening view (startup/prerendered.ts) gives way to a failure at once.
  useEffect(() => {
    if (failure) releasePrerender();
  }, [failure]);

  return (
    <div className="app">
      <a className="skip-link" href="#figures">Skip to the figures</a>
      <header className="app__header">
        <h1>London child sexual exploitation dashboard</h1>
        <p className="app__marks">
          {/* The label describes the data on screen, so it appears with it (a real extract will not carry it). */}
          {(ready && synthetic) || prerenderSnapshot ? (
            <span className="mark mark--synthetic" data-testid="synthetic-label">Synthetic demo data</span>
          ) : null}
          <span className="mark mark--restricted">Not for publication: exact numbers, no small-number suppression</span>
        </p>
        {ready ? <LoadControls loader={loader} /> : null}
      </header>
      {failure ? (
        <div className="app__error" role="alert">
          <p>
            {engine.status === 'failed'
              ? 'The database engine could not start in this browser, so no figures can be shown.'
              : 'The demo extract could not be loaded, so no figures can be shown.'}
          </p>
          <p className="app__error-detail">Technical detail: {failure.message}</p>
        </div>
      ) : ready && data ? (
        <>
          <LoadPanel loader={loader} db={db} />
          {/* A new key after every load: the dashboard starts over and re-queries the new data. */}
          <Dashboard
            key={loader.version}
            db={db}
            extent={data.extent}
            synthetic={synthetic}
            source={
              <LoadedSource
                data={data}
                rejected={rejected}
                busy={loader.busy !== null}
                onBackToDemo={demoOnly ? undefined : () => void loader.backToDemo()}
              />
            }
          />
        </>
      ) : prerenderSnapshot ? (
        <SnapshotView snapshot={prerenderSnapshot} progress={<StartupProgress engine={progress} extract={extract} />} />
      ) : (
        <main className="app__loading">
          <StartupProgress engine={progress} extract={extract} />
        </main>
      )}
      <footer className="app__footer" data-testid={ready ? 'engine-ready' : undefined}>
        <p>
          Figures are computed in this browser: the data never leaves this machine.
          {ready ? (
            <> Engine: DuckDB <span data-testid="engine-version">{version}</span> (WebAssembly).</>
          ) : null}
        </p>
        <p>
          Contains National Statistics data © Crown copyright and database right 2025. Contains OS data © Crown
          copyright and database right 2025. Sub-regions: Greater London Authority (London Plan). Open Government Licence v3.0.
        </p>
      </footer>
    </div>
  );
}

/** The engine's version string once it is ready (shown in the footer). */
function useEngineVersion(db: DbClient | null): string | null {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    if (!db) return;
    let live = true;
    engineVersion(db).then(
      (text) => live && setVersion(text),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db]);
  return version;
}
