/**
 * The selections one click away from a selection, as far as the query layer's SQL text goes. The text
 * of a statement depends on which filters are set and how long each list is, never on the values bound
 * (a borough, a year), so one selection stands for every click of a kind: a filter added or removed, a
 * list one longer or shorter, the borough's basis switched, the period set or cleared. The dashboard
 * prepares their statements while the page is idle (prepareAhead.ts).
 */
import { AGE_BANDS, CATEGORIES, type Filters } from '../../queries/filters';
import { filtersKey } from '../perfMarkNames';

/** Any financial year, any borough: placeholders that give the same SQL as every other value. */
const SOME_FY = '2015/16';
const SOME_BOROUGH = 'E09000001';

/** The list one item longer (the first value not in it) and one shorter (none when empty), where possible. */
function listSteps<T>(list: readonly T[] = [], values: readonly T[]): (readonly T[] | undefined)[] {
  const more = values.find((value) => !list.includes(value));
  return [...(more === undefined ? [] : [[...list, more]]), ...(list.length ? [list.length > 1 ? list.slice(0, -1) : undefined] : [])];
}

/** One selection per kind of click from `filters` (see the module comment), none equal to it or another. */
export function nextSelections(filters: Filters): Filters[] {
  const borough = filters.offenceBorough ?? filters.homeBorough;
  const changes: Filters[] = [
    filters.fy || filters.from || filters.to ? { fy: undefined, from: undefined, to: undefined } : { fy: SOME_FY },
    ...(borough
      ? [{ offenceBorough: undefined, homeBorough: undefined }, filters.offenceBorough ? { offenceBorough: undefined, homeBorough: borough } : { offenceBorough: borough, homeBorough: undefined }]
      : [{ offenceBorough: SOME_BOROUGH }]),
    ...listSteps(filters.categories, CATEGORIES).map((categories) => ({ categories })),
    ...listSteps(filters.ageBands, AGE_BANDS).map((ageBands) => ({ ageBands })),
    { gender: filters.gender ? undefined : 'female' },
    { online: filters.online === undefined ? true : undefined },
    { recordType: filters.recordType ? undefined : 'crime' },
  ];
  const seen = new Set([filtersKey(filters)]);
  // Through JSON, so a filter changed to undefined is gone; then Reset, the default year alone.
  return [...changes.map((change): Filters => JSON.parse(JSON.stringify({ ...filters, ...change }))), { fy: SOME_FY }].filter((next) => {
    const key = filtersKey(next);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
