import { useId, useState } from 'react';

/**
 * The workbook's sheets, the one read selected; another is read only on "Read this sheet" (a select
 * that reloaded on change would reload at every arrow key).
 */
export function SheetPicker({ sheets, sheet, onSheet, busy }: { sheets: string[]; sheet: string; onSheet(sheet: string): void; busy: boolean }) {
  const id = useId();
  const [choice, setChoice] = useState(sheet);
  return (
    <p className="load-notes__sheet">
      <label htmlFor={id}>This workbook has {sheets.length} sheets; read: </label>
      <select id={id} value={choice} disabled={busy} data-testid="sheet-picker" onChange={(event) => setChoice(event.currentTarget.value)}>
        {sheets.map((name) => <option key={name} value={name}>{name}</option>)}
      </select>{' '}
      <button type="button" disabled={busy || choice === sheet} onClick={() => onSheet(choice)}>Read this sheet</button>
    </p>
  );
}
