import { useEffect, useState } from 'react';
import { LoadingIndicator } from './LoadingIndicator';
import { describeProgress, useEngine } from './useEngine';

/** Start-up shell: loading indicator while DuckDB starts, then the data label and the engine version. */
export function App() {
  const engine = useEngine();
  const [version, setVersion] = useState<string | null>(null);
  const [queryError, setQueryError] = useState<Error | null>(null);

  useEffect(() => {
    if (engine.status !== 'ready') return;
    let live = true;
    engine.db.query<{ v: string }>('SELECT version() AS v').then(
      (rows) => live && setVersion(String(rows[0]?.v ?? '')),
      (error: unknown) => live && setQueryError(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [engine]);

  const failure = engine.status === 'failed' ? engine.error : queryError;
  return (
    <main className="app">
      <header className="app__header">
        <h1>London child sexual exploitation dashboard</h1>
      </header>
      {failure ? (
        <div className="app__error" role="alert">
          <p>The database engine could not start in this browser, so no figures can be shown.</p>
          <p className="app__error-detail">Technical detail: {failure.message}</p>
        </div>
      ) : version === null ? (
        <LoadingIndicator {...describeProgress(engine.status === 'starting' ? engine.progress : null)} />
      ) : (
        <section className="app__ready" data-testid="engine-ready">
          <p className="app__data-label">Synthetic demo data</p>
          <p className="app__engine">
            Engine: DuckDB <span data-testid="engine-version">{version}</span> (WebAssembly, running in this browser)
          </p>
        </section>
      )}
    </main>
  );
}
