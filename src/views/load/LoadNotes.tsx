import { SheetPicker } from './SheetPicker';
import type { LoadOutcome } from './runLoad';

/** Props: the latest load, and the reloads it allows (absent when the file was added to other data). */
export interface LoadNotesProps {
  outcome: LoadOutcome;
  onSheet?: (sheet: string) => void;
  onReviewMapping?: () => void;
  busy: boolean;
}

/**
 * What the validation report's reader should know about how the file was read: a remembered column
 * mapping applied (with a way to change it), a period moved onto the new data, and the workbook's sheet
 * picker when it has several sheets.
 */
export function LoadNotes({ outcome, onSheet, onReviewMapping, busy }: LoadNotesProps) {
  const { report } = outcome;
  const mapped = Object.entries(report.columns).filter(([header, column]) => header !== column);
  return (
    <div className="load-notes">
      {outcome.rememberedApplied ? (
        <p data-testid="remembered-mapping">
          The column mapping you chose before for these headers was applied
          {mapped.length ? ` (${mapped.map(([header, column]) => `${header} → ${column}`).join(', ')})` : ''}.{' '}
          {onReviewMapping ? (
            <button type="button" className="link-button" onClick={onReviewMapping} disabled={busy}>Change the column mapping</button>
          ) : null}
        </p>
      ) : onReviewMapping ? (
        <p>
          <button type="button" className="link-button" onClick={onReviewMapping} disabled={busy}>Change the column mapping</button>
        </p>
      ) : null}
      {outcome.periodMovedTo ? (
        <p data-testid="period-moved">
          The period shown did not overlap the new data, so the dashboard moved to {outcome.periodMovedTo}, its latest
          complete financial year.
        </p>
      ) : null}
      {onSheet && report.sheets && report.sheets.length > 1 ? (
        <SheetPicker sheets={report.sheets} sheet={report.sheet ?? report.sheets[0]} onSheet={onSheet} busy={busy} />
      ) : null}
    </div>
  );
}

