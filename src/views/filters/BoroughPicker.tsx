import { useEffect, useId, useState } from 'react';
import { BOROUGHS } from '../../data/reference/boroughs';
import { boroughName } from '../../queries/boroughs';

const SORTED = [...BOROUGHS].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

/** The selected borough, and how to change and resolve it. */
export interface BoroughPickerProps {
  /** ONS code of the selected borough, or undefined for all of London. */
  value: string | undefined;
  /** Called with a code, or null to clear. */
  onChange: (code: string | null) => void;
  /** Resolves typed text (name, alias, code) with the reading rules; null when it names no borough. */
  resolve: (text: string) => Promise<string | null>;
}

/**
 * A borough search box: type a name, alias or ONS code (a datalist suggests the 33), then Enter or
 * leave the box; "All London" clears. Text that names no borough says so and changes nothing.
 */
export function BoroughPicker({ value, onChange, resolve }: BoroughPickerProps) {
  const inputId = useId();
  const listId = useId();
  const messageId = useId();
  const [text, setText] = useState(value ? boroughName(value) : '');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setText(value ? boroughName(value) : ''), [value]);

  const commit = async (raw: string) => {
    const typed = raw.trim();
    if (!typed) {
      setMessage(null);
      if (value) onChange(null);
      return;
    }
    const exact = SORTED.find((borough) => borough.name.toLowerCase() === typed.toLowerCase());
    const code = exact?.code ?? (await resolve(typed));
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
            if (SORTED.some((borough) => borough.name === event.target.value)) void commit(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void commit(text);
          }}
          onBlur={() => void commit(text)}
        />
        <button type="button" onClick={() => void commit('')} disabled={!value} aria-label="Clear the borough: all London">
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
