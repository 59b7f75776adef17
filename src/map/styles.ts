/** Path styles for borough polygons: fill from the scale, grey for no data, a heavy outline when selected. Pure. */
import type { PathOptions } from 'leaflet';
import { mappedValue } from './format';
import type { BoroughMapRow, ClassedScale, Measure } from './types';

export const OUTLINE = '#8a8a8a';
export const SELECTED_OUTLINE = '#0b0c0c';
export const HOVER_OUTLINE = '#3b3b3b';

/** The fill of a borough: the scale's class colour, or null when it has no figure (drawn with the no-data hatch). */
export function fillFor(row: BoroughMapRow | undefined, scale: ClassedScale | null, measure: Measure): string | null {
  const value = mappedValue(row, measure);
  return value === null || !scale ? null : scale.colour(value);
}

export interface StyleState {
  selected: boolean;
  hovered: boolean;
  /** Fill opacity: 1 without a tile layer so colours match the legend exactly; lower over tiles. */
  fillOpacity: number;
}

/** Leaflet path options for a borough. */
export function pathStyle(fill: string, state: StyleState): PathOptions {
  const outline = state.selected ? SELECTED_OUTLINE : state.hovered ? HOVER_OUTLINE : OUTLINE;
  return {
    fillColor: fill,
    fillOpacity: state.fillOpacity,
    color: outline,
    opacity: 1,
    weight: state.selected ? 4 : state.hovered ? 2.5 : 0.75,
  };
}
