import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  choiceProblems, initialChoices, mappingFromChoices, NOT_IN_FILE, type ColumnChoices,
} from '../../data/columnMapping';
import { COLUMNS } from '../../data/format';
import { SheetPicker } from './SheetPicker';
import type { MappingStep } from './useExtractLoader';

/** Props: the open step, and what Load, Cancel and choosing another sheet do. */
export interface ColumnMappingStepProps {
  step: MappingStep;
  onLoad(mapping: Record<string, string>): void;
  onCancel(): void;
  onSheet(sheet: string): void;
}

/**
 * "Which column is which?": a modal dialog (Escape cancels, focus stays inside) with one labelled select
 * per format column, pre-filled by the best guesses or a remembered mapping, what still stops the load,
 * the file's first rows, and Load / Cancel. Header and cell text from the file is rendered as text only.
 */
export function ColumnMappingStep({ step, onLoad, onCancel, onSheet }: ColumnMappingStepProps) {
  const { headers, preview, tried, sheet, sheets } = step.needed;
  const dialog = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<ColumnChoices>(() => initialChoices(headers, tried));
  const problems = useMemo(() => choiceProblems(choices), [choices]);
  const titleId = useId();
  const problemsId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const choose = (column: string, header: string) => setChoices((current) => ({ ...current, [column]: header }));

  return (
    <dialog
      ref={dialog}
      className="column-mapping"
      aria-labelledby={titleId}
      data-testid="column-mapping"
      onCancel={(event) => {
        event.preventDefault(); // Escape: close through React state, like the Cancel button.
        onCancel();
      }}
    >
      <h2 id={titleId}>Which column is which in {step.request.name}?</h2>
      <p data-testid="column-mapping-reason">{step.needed.message}</p>
      <p>
        Choose the file's column for each column of the extract format. Your choice is remembered in this browser
        for files with the same headers.
      </p>
      {sheets && sheets.length > 1 && sheet ? <SheetPicker sheets={sheets} sheet={sheet} onSheet={onSheet} busy={false} /> : null}
      <ColumnFieldset legend="Required columns" required headers={headers} choices={choices} onChoose={choose} />
      <ColumnFieldset legend="Optional columns" required={false} headers={headers} choices={choices} onChoose={choose} />
      <div id={problemsId} aria-live="polite" data-testid="column-mapping-problems">
        {problems.map((problem) => <p key={problem} className="notice notice--error">{problem}</p>)}
      </div>
      <PreviewTable headers={headers} rows={preview} />
      <p className="column-mapping__actions">
        <button type="button" disabled={problems.length > 0} aria-describedby={problemsId}
          onClick={() => onLoad(mappingFromChoices(headers, choices))}>
          Load with these columns
        </button>{' '}
        <button type="button" onClick={onCancel}>Cancel</button>
      </p>
    </dialog>
  );
}

/** The required (or the optional) format columns, each with its select. */
function ColumnFieldset({ legend, required, headers, choices, onChoose }: {
  legend: string; required: boolean; headers: string[]; choices: ColumnChoices; onChoose(column: string, header: string): void;
}) {
  return (
    <fieldset className="column-mapping__columns">
      <legend>{legend}</legend>
      {COLUMNS.filter((column) => column.required === required).map(({ name }) => (
        <ColumnSelect key={name} column={name} required={required} headers={headers}
          chosen={choices[name] ?? NOT_IN_FILE} onChoose={(header) => onChoose(name, header)} />
      ))}
    </fieldset>
  );
}

/** One format column's select: "not in this file", then every source header (chosen by position). */
function ColumnSelect({ column, required, headers, chosen, onChoose }: {
  column: string; required: boolean; headers: string[]; chosen: string; onChoose(header: string): void;
}) {
  const id = useId();
  return (
    <div className="column-mapping__field">
      <label htmlFor={id}>{column}{required ? ' (required)' : ''}</label>
      <select id={id} value={chosen === NOT_IN_FILE ? '' : String(headers.indexOf(chosen))}
        onChange={(event) => onChoose(event.currentTarget.value === '' ? NOT_IN_FILE : headers[Number(event.currentTarget.value)])}>
        <option value="">— not in this file —</option>
        {headers.map((header, index) => <option key={index} value={index}>{header}</option>)}
      </select>
    </div>
  );
}

/** The file's first rows under its own headers, so the user can see what each column holds. */
function PreviewTable({ headers, rows }: { headers: string[]; rows: string[][] }) {
  return (
    <div className="column-mapping__preview" tabIndex={0} role="region" aria-label="The file's first rows">
      <table data-testid="column-mapping-preview">
        <caption>The first {rows.length} rows of the file, as read</caption>
        <thead>
          <tr>{headers.map((header, index) => <th key={index} scope="col">{header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row, r) => <tr key={r}>{row.map((cell, c) => <td key={c}>{cell}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
  );
}
