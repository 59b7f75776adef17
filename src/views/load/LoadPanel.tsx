import type { DbClient } from '../../data/client';
import type { ExtractLoader } from './useExtractLoader';
import { ValidationReport } from './ValidationReport';

/** The outcome of the latest load: the failure sentence in an alert, or the validation report. */
export function LoadPanel({ loader, db }: { loader: ExtractLoader; db: DbClient }) {
  if (loader.error) {
    return (
      <div className="notice notice--error load-error" role="alert" data-testid="load-error">
        <p>{loader.error} The data already loaded is still shown.</p>
        <button type="button" className="link-button" onClick={loader.dismiss}>Dismiss</button>
      </div>
    );
  }
  return loader.report ? <ValidationReport report={loader.report} db={db} onDismiss={loader.dismiss} /> : null;
}
