import { useId } from 'react';
import type { KeptDataHandle } from './useKeptData';

/**
 * The consent checkbox "Keep this data in this browser", what it means, and "Forget this data", which
 * removes every copy and remembered mapping this app stored. Shown once there is something to keep.
 */
export function KeepData({ kept, busy }: { kept: KeptDataHandle; busy: boolean }) {
  const noteId = useId();
  if (!kept.keepable && !kept.keep && !kept.status) return null;
  return (
    <div className="keep-data" data-testid="keep-data">
      {kept.keepable || kept.keep ? (
        <label>
          <input type="checkbox" checked={kept.keep} disabled={busy} aria-describedby={noteId}
            onChange={(event) => kept.setKeep(event.currentTarget.checked)} /> Keep this data in this browser
        </label>
      ) : null}
      <span id={noteId} className="open-extract__note">
        A copy stays on this computer only, so reopening the dashboard does not need the file; anyone using this browser
        profile could open it.
      </span>{' '}
      <button type="button" className="link-button" onClick={kept.forget} disabled={busy}>Forget this data</button>
      {kept.status ? <span role="status" className="keep-data__status" data-testid="keep-status"> {kept.status}</span> : null}
    </div>
  );
}
