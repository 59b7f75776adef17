import { useId } from 'react';
import type { LoadProgress } from '../../data/ingest';
import { formatCount } from '../format';

/** Props: the file being loaded, how far it is, and how to stop it. */
export interface LoadProgressBarProps {
  file: string;
  progress: LoadProgress | null;
  onCancel(): void;
}

/** The stages in order, with what each says (rows read are known from `checking` on). */
const STAGES: readonly { stage: LoadProgress['stage'] | null; text: (rows?: number, checked?: number) => string }[] = [
  { stage: null, text: () => 'reading the file from this computer' },
  { stage: 'workbook', text: () => 'converting the workbook sheet' },
  { stage: 'reading', text: () => 'reading the rows' },
  { stage: 'checking', text: (rows, checked) => checked !== undefined && rows !== undefined
    ? `checking rows against the reading rules (${formatCount(checked)} of ${formatCount(rows)} done)`
    : `checking ${rows === undefined ? 'the' : formatCount(rows)} rows against the reading rules` },
  { stage: 'summarising', text: () => 'counting accepted and rejected rows' },
  { stage: 'saving', text: () => 'replacing the data shown' },
];

/**
 * A determinate progress bar over the load's stages, with the rows to check once they are counted, and
 * Cancel. The rows are checked in the page, which is given back every ~50 ms of work (so the bar and
 * Cancel keep working); Cancel takes effect there or at the next stage: the load is rolled back and the
 * data already loaded stays.
 */
export function LoadProgressBar({ file, progress, onCancel }: LoadProgressBarProps) {
  const labelId = useId();
  const index = Math.max(0, STAGES.findIndex((entry) => entry.stage === (progress?.stage ?? null)));
  const sentence = `Loading ${file}: ${STAGES[index].text(progress?.rows, progress?.checked)}…`;
  return (
    <div className="load-progress" data-testid="load-progress">
      <span id={labelId} role="status" data-testid="extract-busy">{sentence}</span>
      <progress aria-labelledby={labelId} max={STAGES.length} value={index + 1} />
      <button type="button" onClick={onCancel}>Cancel loading</button>
    </div>
  );
}
