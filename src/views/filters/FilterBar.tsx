import { memo, useId } from 'react';
import type { DataExtent } from '../../queries/extent';
import { AGE_BANDS, CATEGORIES, GENDERS, RECORD_TYPES, withFilter, type Filters } from '../../queries/filters';
import { AGE_BAND_LABELS, CATEGORY_SHORT, GENDER_LABELS, RECORD_TYPE_LABELS } from '../labels';
import { isIsoDay, selectedBorough, withBasis, withBorough, type Basis, type ViewState } from '../urlState';
import { BoroughPicker } from './BoroughPicker';
import { CheckboxGroup, ChoiceSelect } from './controls';

/** The state the bar shows, the data's span (for the year list and date limits), and its handlers. */
export interface FilterBarProps {
  state: ViewState;
  extent: DataExtent;
  onChange: (next: ViewState) => void;
  onReset: () => void;
}

function FilterControls({ state, extent, onChange, onReset }: FilterBarProps) {
  const { filters, basis } = state;
  const set = <K extends keyof Filters>(key: K, value: Filters[K] | undefined) =>
    onChange({ filters: withFilter(filters, key, value), basis });
  const fromId = useId();
  const toId = useId();
  const fyId = useId();

  return (
    <form className="filter-bar" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <div className="filter">
        <label htmlFor={fyId}>Financial year</label>
        <select id={fyId} value={filters.fy ?? ''} onChange={(event) => set('fy', event.target.value || undefined)}>
          <option value="">All years</option>
          {extent.financialYears.map((fy) => (
            <option key={fy} value={fy}>FY {fy}</option>
          ))}
        </select>
      </div>
      <fieldset className="filter filter--dates">
        <legend>Date range</legend>
        <div className="filter__row">
          <label htmlFor={fromId}>From</label>
          <input id={fromId} type="date" value={filters.from ?? ''} min={extent.from ?? undefined} max={extent.to ?? undefined}
            onChange={(event) => set('from', isIsoDay(event.target.value) ? event.target.value : undefined)} />
          <label htmlFor={toId}>to</label>
          <input id={toId} type="date" value={filters.to ?? ''} min={extent.from ?? undefined} max={extent.to ?? undefined}
            onChange={(event) => set('to', isIsoDay(event.target.value) ? event.target.value : undefined)} />
        </div>
      </fieldset>
      <BoroughPicker
        value={selectedBorough(state)}
        onChange={(code) => onChange(withBorough(state, code))}
      />
      <ChoiceSelect<Basis>
        label="Place boroughs by"
        value={basis}
        options={[['offence', 'Where the offence happened'], ['home', 'Where the victim lives']]}
        onChange={(next) => onChange(withBasis(state, next ?? 'offence'))}
        required
      />
      <CheckboxGroup
        legend="Category"
        options={CATEGORIES.map((c) => [c, CATEGORY_SHORT[c]] as const)}
        value={filters.categories ?? []}
        onChange={(next) => set('categories', next)}
      />
      <ChoiceSelect
        label="Record type"
        value={filters.recordType}
        options={RECORD_TYPES.map((t) => [t, RECORD_TYPE_LABELS[t]] as const)}
        onChange={(next) => set('recordType', next)}
      />
      <ChoiceSelect<'yes' | 'no'>
        label="Online"
        value={filters.online === undefined ? undefined : filters.online ? 'yes' : 'no'}
        options={[['yes', 'Online only'], ['no', 'Not online']]}
        onChange={(next) => set('online', next === undefined ? undefined : next === 'yes')}
      />
      <ChoiceSelect
        label="Victim gender"
        value={filters.gender}
        options={GENDERS.map((g) => [g, GENDER_LABELS[g]] as const)}
        onChange={(next) => set('gender', next)}
      />
      <CheckboxGroup
        legend="Victim age"
        options={AGE_BANDS.map((band) => [band, AGE_BAND_LABELS[band]] as const)}
        value={filters.ageBands ?? []}
        onChange={(next) => set('ageBands', next)}
      />
      <div className="filter filter--reset">
        <button type="button" onClick={onReset}>Reset all filters</button>
      </div>
    </form>
  );
}

/**
 * The one filter bar that drives every view; every control is a labelled native form control.
 * Rendered again only when the state (or a handler) changes, not when figures arrive.
 */
export const FilterBar = memo(FilterControls);
