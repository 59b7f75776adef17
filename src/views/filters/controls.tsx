import { useId } from 'react';

/** A select over `options` ([value, label] pairs). */
export interface ChoiceSelectProps<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly (readonly [T, string])[];
  /** Called with the chosen value, or undefined for "All". */
  onChange: (value: T | undefined) => void;
  /** No "All" option (the value is always one of the options). */
  required?: boolean;
}

/** A labelled native select with an "All" choice. */
export function ChoiceSelect<T extends string>({ label, value, options, onChange, required }: ChoiceSelectProps<T>) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange((event.target.value || undefined) as T | undefined)}>
        {required ? null : <option value="">All</option>}
        {options.map(([key, text]) => (
          <option key={key} value={key}>{text}</option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes over `options` ([value, label] pairs). */
export interface CheckboxGroupProps<T extends string | number> {
  legend: string;
  options: readonly (readonly [T, string])[];
  value: readonly T[];
  /** Called with the ticked values in option order (empty = all). */
  onChange: (value: T[]) => void;
}

/** A fieldset of checkboxes: none ticked means all. */
export function CheckboxGroup<T extends string | number>({ legend, options, value, onChange }: CheckboxGroupProps<T>) {
  const name = useId();
  const toggle = (key: T, on: boolean) => {
    const chosen = new Set(value);
    if (on) chosen.add(key);
    else chosen.delete(key);
    onChange(options.map(([option]) => option).filter((option) => chosen.has(option)));
  };
  return (
    <fieldset className="filter filter--checks">
      <legend>{legend}</legend>
      <div className="filter__row">
        {options.map(([key, text]) => (
          <label key={String(key)} className="check">
            <input type="checkbox" name={name} checked={value.includes(key)} onChange={(event) => toggle(key, event.target.checked)} />
            {text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
