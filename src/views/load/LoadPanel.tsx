import type { DbClient } from '../../data/client';
import { ColumnMappingStep } from './ColumnMappingStep';
import { LoadNotes } from './LoadNotes';
import type { ExtractLoader } from './useExtractLoader';
import { ValidationReport } from './ValidationReport';

/**
 * The outcome of the latest load: the column-mapping step when the headers need the user, the failure
 * sentence in an alert, or the validation report with notes on how the file was read.
 */
export function LoadPanel({ loader, db }: { loader: ExtractLoader; db: DbClient }) {
  if (loader.mapping) {
    return (
      <ColumnMappingStep
        // A new step (another file or sheet) starts from its own guesses.
        key={`${loader.mapping.request.name}|${loader.mapping.needed.sheet ?? ''}|${loader.mapping.needed.headers.join('|')}`}
        step={loader.mapping}
        onLoad={(mapping) => void loader.retry({ mapping })}
        onCancel={loader.dismiss}
        onSheet={(sheet) => void loader.retry({ sheet, mapping: undefined })}
      />
    );
  }
  if (loader.error) {
    return (
      <div className="notice notice--error load-error" role="alert" data-testid="load-error">
        <p>{loader.error} The data already loaded is still shown.</p>
        <button type="button" className="link-button" onClick={loader.dismiss}>Dismiss</button>
      </div>
    );
  }
  if (!loader.outcome) return null;
  // Reloading another sheet or mapping is offered when the file replaced the data (not when it was added).
  const reloadable = loader.files.length === 1;
  return (
    <>
      <LoadNotes
        outcome={loader.outcome}
        busy={loader.busy !== null}
        onSheet={reloadable ? (sheet) => void loader.retry({ sheet, mapping: undefined }) : undefined}
        onReviewMapping={reloadable ? () => void loader.reviewMapping() : undefined}
      />
      <ValidationReport report={loader.outcome.report} db={db} onDismiss={loader.dismiss} />
    </>
  );
}
