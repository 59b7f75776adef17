/**
 * The selections one click away from a selection, as far as the query layer's SQL text goes. The text
 * of a statement depends on which filters are set and how long each list is, never on the values bound
 * (a borough, a year), so one selection stands for every click of a kind: a filter added or removed, a
 * list one longer or shorter, the borough's basis switched, the period set or cleared. The dashboard
 * prepares their statements while the page is idle (prepareAhead.ts).
 */
import { AGE_BANDS, CATEGORIES, withFilter, type Filters } from '../../queries/filters';
import { filtersKey } from '../perfMarkNames';
import { withoutPeriod } from './viewData';

/** Any financial year, any borough: placeholders that give the same SQL as every other value. */
const SOME_FY = '2015/16';
const SOME_BOROUGH = 'E09000001';

/** The list one item longer (the first value not in it) and one shorter, where possible (an empty list is none). */
function listSteps<T>(list: readonly T[] = [], values: readonly T[]): (readonly T[])[] {
  const more = values.find((value) => !list.includes(value));
  return [...(more === undefined ? [] : [[...list, more]]), ...(list.length ? [list.slice(0, -1)] : [])];
}

/** Where the borough can go in one click: set; or cleared, or the same borough on the other basis. */
function boroughSteps(filters: Filters): Filters[] {
  const borough = filters.offenceBorough ?? filters.homeBorough;
  if (!borough) return [withFilter(filters, 'offenceBorough', SOME_BOROUGH)];
  const cleared = withFilter(withFilter(filters, 'offenceBorough', undefined), 'homeBorough', undefined);
  return [cleared, filters.offenceBorough ? { ...cleared, homeBorough: borough } : { ...cleared, offenceBorough: borough }];
}

/** One selection per kind of click from `filters` (see the module comment), none equal to it or another. */
export function nextSelections(filters: Filters): Filters[] {
  const set = <K extends keyof Filters>(key: K, value: Filters[K] | undefined) => withFilter(filters, key, value);
  const hasPeriod = Boolean(filters.fy || filters.from || filters.to);
  const candidates: Filters[] = [
    hasPeriod ? withoutPeriod(filters) : set('fy', SOME_FY),
    ...boroughSteps(filters),
    ...listSteps(filters.categories, CATEGORIES).map((list) => set('categories', list)),
    ...listSteps(filters.ageBands, AGE_BANDS).map((list) => set('ageBands', list)),
    set('gender', filters.gender ? undefined : 'female'),
    set('online', filters.online === undefined ? true : undefined),
    set('recordType', filters.recordType ? undefined : 'crime'),
    { fy: SOME_FY }, // Reset: the default year alone
  ];
  const seen = new Set([filtersKey(filters)]);
  return candidates.filter((next) => {
    const key = filtersKey(next);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
