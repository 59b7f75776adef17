/** What every view receives, and helpers they share. */
import type { DashboardData } from '../queries/dashboard';
import type { Filters } from '../queries/filters';
import type { ViewData } from './data/viewData';
import type { ViewState } from './urlState';

/** The props of every view: its figures, the state, and the period and place in words. */
export interface ViewProps {
  data: ViewData;
  state: ViewState;
  /** The period in words: "FY 2014/15", "all years". */
  period: string;
  /** "London", or the selected borough's name. */
  place: string;
}

/** The selection's own figures. */
export const mainOf = (props: ViewProps): DashboardData => props.data.main;

/** Whether the selection has no records (every view then says so instead of drawing). */
export const isEmpty = (props: ViewProps): boolean => props.data.main.headline.current.records === 0;

/** The filters the figures were computed for. */
export const filtersOf = (props: ViewProps): Filters => props.state.filters;

/** First day of a month (`YYYY-MM-DD`) as a UTC Date, as the charts take it. */
export function monthDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** The marker every monthly chart carries: CSE flags started in October 2013. */
export const FLAGS_MARKER = { x: new Date(Date.UTC(2013, 9, 1)), label: 'CSE flags introduced Oct 2013' } as const;

/** " (London: 71%)" when a London figure is given, else "". */
export function besideLondon(london: string | null): string {
  return london === null ? '' : ` (London: ${london})`;
}
