import { useEffect, useId, useState } from 'react';
import { BOROUGHS } from '../../data/reference/boroughs';
import { boroughName, resolveBorough } from '../../queries/boroughs';

const SORTED = [...BOROUGHS].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

/** The selected borough, and how to change it. */
export interface BoroughPickerProps {
  /** ONS code of the selected borough, or undefined for all of London. */
  value: string | undefined;
  /** Called with a code, or null to clear. */
  onChange: (code: string | null) => void;
}

/**
 * A borough search box: type a name, alias or ONS code (a datalist suggests the 33), then Enter or
 * leave the box; "All London" clears. Typed text is read by the reading rules (`resolveBorough`); text
 * that names no borough says so and changes nothing.
 */
export function BoroughPicker({ value, onChange }: BoroughPickerProps) {
  const inputId = useId();
  const listId = useId();
  const messageId = useId();
  const [text, setText] = useState(value ? boroughName(value) : '');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setText(value ? boroughName(value) : ''), [value]);

  const commit = (raw: string) => {
    const typed = raw.trim();
    if (!typed) {
      setMessage(null);
      if (value) onChange(null);
      return;
    }
    const code = resolveBorough(typed);
    if (!code) {
      setMessage(`No London borough is called “${typed}”.`);
      return;
    }
    setMessage(null);
    if (code !== value) onChange(code);
    else setText(boroughName(code));
  };

  return (
    <div className="filter filter--borough">
      <label htmlFor={inputId}>Borough</label>
      <div className="filter__row">
        <input
          id={inputId}
          type="search"
          list={listId}
          value={text}
          placeholder="Type a borough or ONS code"
          autoComplete="off"
          aria-describedby={message ? messageId : undefined}
          aria-invalid={message ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            // Picking from the datalist fills an exact name: apply it at once.
            if (SORTED.some((borough) => borough.name === event.target.value)) commit(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(text);
          }}
          onBlur={() => commit(text)}
        />
        <button type="button" onClick={() => commit('')} disabled={!value} aria-label="Clear the borough: all London">
          All London
        </button>
      </div>
      <datalist id={listId}>
        {SORTED.map((borough) => (
          <option key={borough.code} value={borough.name} />
        ))}
      </datalist>
      {message ? (
        <p id={messageId} className="filter__message" role="alert">{message}</p>
      ) : null}
    </div>
  );
}
