/**
 * The selections one click away from a selection, as far as the query layer's SQL text goes. The text
 * of a statement depends on which filters are set and how long each list is, never on the values bound
 * (a borough, a year), so one selection stands for every click of a kind: a filter added or removed, a
 * list one longer or shorter, the borough's basis switched, the period set or cleared. The dashboard
 * prepares their statements while the page is idle (prepareAhead.ts).
 */
import { AGE_BANDS, CATEGORIES, type Filters } from '../../queries/filters';
import { filtersKey } from '../perfMarkNames';
import { withoutPeriod } from './viewData';

/** Any financial year, any borough: placeholders that give the same SQL as every other value. */
const SOME_FY = '2015/16';
const SOME_BOROUGH = 'E09000001';

/** A list one item longer (the first value not in it) and one shorter, where the list allows. */
function listSteps<T>(list: readonly T[] | undefined, values: readonly T[]): (readonly T[] | undefined)[] {
  const current = list ?? [];
  const steps: (readonly T[] | undefined)[] = [];
  const more = values.find((value) => !current.includes(value));
  if (more !== undefined) steps.push([...current, more]);
  if (current.length > 0) steps.push(current.length > 1 ? current.slice(0, -1) : undefined);
  return steps;
}

/** `filters` with `key` set to `value`, or removed when `value` is undefined. */
function withFilter<K extends keyof Filters>(filters: Filters, key: K, value: Filters[K]): Filters {
  const next = { ...filters };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Where the borough can go in one click: cleared, set, or the same borough on the other basis. */
function boroughSteps(filters: Filters): Filters[] {
  const { offenceBorough, homeBorough } = filters;
  if (offenceBorough) return [withFilter(filters, 'offenceBorough', undefined), { ...withFilter(filters, 'offenceBorough', undefined), homeBorough: offenceBorough }];
  if (homeBorough) return [withFilter(filters, 'homeBorough', undefined), { ...withFilter(filters, 'homeBorough', undefined), offenceBorough: homeBorough }];
  return [{ ...filters, offenceBorough: SOME_BOROUGH }];
}

/** One selection per kind of click from `filters` (see the module comment), none equal to it or another. */
export function nextSelections(filters: Filters): Filters[] {
  const hasPeriod = filters.fy !== undefined || filters.from !== undefined || filters.to !== undefined;
  const candidates: Filters[] = [
    hasPeriod ? withoutPeriod(filters) : { ...filters, fy: SOME_FY },
    ...boroughSteps(filters),
    ...listSteps(filters.categories, CATEGORIES).map((list) => withFilter(filters, 'categories', list)),
    ...listSteps(filters.ageBands, AGE_BANDS).map((list) => withFilter(filters, 'ageBands', list)),
    withFilter(filters, 'gender', filters.gender ? undefined : 'female'),
    withFilter(filters, 'online', filters.online === undefined ? true : undefined),
    withFilter(filters, 'recordType', filters.recordType ? undefined : 'crime'),
    { fy: SOME_FY }, // Reset
  ];
  const seen = new Set([filtersKey(filters)]);
  return candidates.filter((candidate) => {
    const key = filtersKey(candidate);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
