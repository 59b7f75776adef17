/**
 * Which view state the figures on screen belong to. The URL moves first (a click, Back/Forward) and the
 * figures follow once computed; the basis and the map's measure must follow with them, or the views
 * would draw the old figures on the new basis for a moment (and draw again when the new ones arrive).
 */
import type { Filters } from '../queries/filters';
import type { ViewState } from './urlState';

/** The view states figures were asked for, found again by the filters object the figures were computed for. */
export interface RequestedStates {
  /** Notes `state` as the latest asked for its filters object (the figures' key, by identity). */
  remember(state: ViewState): void;
  /** The state last noted for `filters`, or undefined when none was. */
  stateFor(filters: Filters): ViewState | undefined;
}

/** An empty record of requested states; objects no longer referenced are forgotten with them. */
export function requestedStates(): RequestedStates {
  const byFilters = new WeakMap<Filters, ViewState>();
  return {
    remember: (state) => void byFilters.set(state.filters, state),
    stateFor: (filters) => byFilters.get(filters),
  };
}

/**
 * The state to draw: the one the shown figures were asked for (their basis and measure), or, for figures
 * asked by another path, the current state's basis and measure with the figures' filters.
 */
export function shownState(requested: RequestedStates, current: ViewState | null, figuresFilters: Filters | null): ViewState | null {
  if (!current) return null;
  if (!figuresFilters) return current;
  return requested.stateFor(figuresFilters) ?? { ...current, filters: figuresFilters };
}
