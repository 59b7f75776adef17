import { useId } from 'react';

/** A labelled choice among `options` ([value, label] pairs). */
export interface ToggleProps<T extends string> {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

/** A labelled group of pressed/unpressed buttons for a two- or three-way choice (keyboard: Tab, Enter/Space). */
export function Toggle<T extends string>({ label, value, options, onChange }: ToggleProps<T>) {
  const id = useId();
  return (
    <div className="toggle" role="group" aria-labelledby={id}>
      <span id={id} className="toggle__label">{label}</span>
      {options.map(([key, text]) => (
        <button key={key} type="button" aria-pressed={key === value} onClick={() => key !== value && onChange(key)}>
          {text}
        </button>
      ))}
    </div>
  );
}
