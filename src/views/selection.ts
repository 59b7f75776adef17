/** The selection in words, for the summary line, subtitles and every export. */
import { boroughName } from '../queries/boroughs';
import type { Filters } from '../queries/filters';
import { formatDate } from './format';
import { AGE_BAND_LABELS, CATEGORY_SHORT, GENDER_LABELS, RECORD_TYPE_LABELS } from './labels';
import type { ViewState } from './urlState';

/** The period alone: "FY 2014/15", "1 Apr 2014 to 30 Jun 2014", "FY 2014/15, from 1 Jun 2014", or "all years". */
export function periodWords(filters: Filters): string {
  const parts: string[] = [];
  if (filters.fy) parts.push(`FY ${filters.fy}`);
  if (filters.from && filters.to) parts.push(`${formatDate(filters.from)} to ${formatDate(filters.to)}`);
  else if (filters.from) parts.push(`from ${formatDate(filters.from)}`);
  else if (filters.to) parts.push(`to ${formatDate(filters.to)}`);
  return parts.length ? parts.join(', ') : 'all years';
}

/** The place: "London", or "Newham (offence location)" / "Newham (victims' home)". */
export function placeWords(filters: Filters): string {
  if (filters.offenceBorough) return `${boroughName(filters.offenceBorough)} (offences in the borough)`;
  if (filters.homeBorough) return `${boroughName(filters.homeBorough)} (victims living in the borough)`;
  return 'London';
}

/** The other filters, one phrase each (none when nothing else is set). */
export function otherFilterWords(filters: Filters): string[] {
  const words: string[] = [];
  if (filters.categories?.length) words.push(`Category ${filters.categories.map((c) => CATEGORY_SHORT[c]).join(', ')}`);
  if (filters.recordType) words.push(RECORD_TYPE_LABELS[filters.recordType]);
  if (filters.online !== undefined) words.push(filters.online ? 'online only' : 'not online');
  if (filters.gender) words.push(`${GENDER_LABELS[filters.gender].toLowerCase()} victims`);
  if (filters.ageBands?.length) words.push(`victims aged ${filters.ageBands.map((b) => AGE_BAND_LABELS[b]).join(', ')}`);
  return words;
}

/** The whole selection: "FY 2014/15 · Newham (offences in the borough) · Category 1 At risk". */
export function describeSelection(state: ViewState): string {
  return [periodWords(state.filters), placeWords(state.filters), ...otherFilterWords(state.filters)].join(' · ');
}
