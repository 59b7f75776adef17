/**
 * "Publish": builds the report for the current filters, previews it in a sandboxed frame (no script may
 * run in it; the report has none), and offers it as an HTML download or to print / save as PDF.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DbClient } from '../../data/client';
import type { Filters } from '../../queries/filters';
import { buildMasePack, buildReport, type BuiltReport } from './build';

/** The engine, the filters the figures on screen were computed for, and the name of the loaded data. */
export interface PublishProps {
  db: DbClient;
  filters: Filters | null;
  source: string;
}

type State = { kind: 'idle' } | { kind: 'building' } | { kind: 'ready'; report: BuiltReport } | { kind: 'error'; message: string };

/** The Publish button and, once built, the preview with its download and print actions. */
export function PublishButton({ db, filters, source }: PublishProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const frame = useRef<HTMLIFrameElement>(null);
  const report = state.kind === 'ready' ? state.report : null;
  const href = useMemo(() => (report ? URL.createObjectURL(new Blob([report.html], { type: 'text/html' })) : null), [report]);
  useEffect(() => () => void (href && URL.revokeObjectURL(href)), [href]);

  // With one borough selected, its lead can also take the MASE monthly pack (the latest complete month).
  const borough = filters?.offenceBorough?.startsWith('E09') ? filters.offenceBorough : null;
  const publish = async (kind: 'pack' | 'mase') => {
    if (!filters) return;
    setState({ kind: 'building' });
    const made = new Date().toISOString().slice(0, 10);
    try {
      const built = kind === 'mase' && borough ? buildMasePack(db, borough, source, made) : buildReport(db, filters, source, made);
      setState({ kind: 'ready', report: await built });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="publish">
      <button type="button" className="publish__button" onClick={() => void publish('pack')} disabled={!filters || state.kind === 'building'}>
        {state.kind === 'building' ? 'Publishing…' : 'Publish'}
      </button>
      {borough ? (
        <button type="button" className="publish__button" onClick={() => void publish('mase')} disabled={state.kind === 'building'}>
          MASE monthly pack
        </button>
      ) : null}
      {state.kind === 'error' ? <p className="notice notice--error" role="alert">The report could not be made: {state.message}</p> : null}
      {report && href ? (
        <section className="publish__preview" aria-label="Report preview">
          <div className="publish__actions">
            <strong>{report.title}: published figures (small counts suppressed)</strong>
            <a className="publish__download" href={href} download={report.fileName}>Download HTML</a>
            <button type="button" onClick={() => frame.current?.contentWindow?.print()}>Print / save as PDF</button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>Close preview</button>
          </div>
          {/* allow-same-origin lets the page call print(); with no allow-scripts nothing in the frame can run. */}
          <iframe ref={frame} className="publish__frame" title="Report preview" sandbox="allow-same-origin allow-modals" srcDoc={report.html} />
        </section>
      ) : null}
    </div>
  );
}
