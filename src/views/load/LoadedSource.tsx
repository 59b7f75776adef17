import { formatCount, formatDate } from '../format';
import type { LoadedData } from './loadedData';

/** Props: what is loaded, and (when it is not the demo) how to go back to it. */
export interface LoadedSourceProps {
  data: LoadedData;
  /** Rows rejected by the latest load, when known. */
  rejected?: number;
  /** Offered when something other than the demo alone is loaded. */
  onBackToDemo?: () => void;
  busy?: boolean;
}

/** The "what is loaded" line: file name(s), records and date range, and "Back to the demo extract". */
export function LoadedSource({ data, rejected, onBackToDemo, busy }: LoadedSourceProps) {
  const { from, to } = data.extent;
  return (
    <p className="dashboard__source" data-testid="loaded-source">
      <span data-testid="loaded-files">{data.files.join(' + ')}</span>: {formatCount(data.rows)} records
      {from && to ? `, ${formatDate(from)} to ${formatDate(to)}` : ''}
      {rejected ? ` (${formatCount(rejected)} rows rejected)` : ''}.
      {onBackToDemo ? (
        <>
          {' '}
          <button type="button" className="link-button" onClick={onBackToDemo} disabled={busy}>
            Back to the demo extract
          </button>
        </>
      ) : null}
    </p>
  );
}
