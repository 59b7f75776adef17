/** Types shared by the borough map's pure helpers, its Leaflet controller and its React wrapper. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Which figure colours the map. */
export type Measure = 'count' | 'rate';
/** Which borough a record is counted in: where the offence took place, or where the child lives. */
export type Basis = 'offence' | 'home';

/** One borough's figures, as the map shows them. */
export interface BoroughMapRow {
  /** ONS code, E09000001–E09000033: the join to the boundaries. */
  code: string;
  /** Display name (falls back to the boundary file's name when a borough has no row). */
  name: string;
  /** Published count; `null` when there is none to show (suppressed or no data). */
  count: number | null;
  /** Rate per 10,000 children; `null` when not published. */
  rate: number | null;
  /** 1 = highest on the measure shown; `null` when not ranked. */
  rank: number | null;
  /** 95% confidence interval of `rate`. */
  low: number | null;
  high: number | null;
  /** Hidden by small-number suppression (shown grey, with no figures). */
  suppressed?: boolean;
}

/** One entry of a classed legend. */
export interface LegendEntry {
  colour: string;
  label: string;
}

/** How boroughs with no figure are drawn and named in the legend. */
export interface NoDataStyle {
  colour: string;
  label: string;
  /** Colour of the diagonal hatch over `colour`, so no-data never reads as a class by lightness alone. */
  hatch?: string;
}

/**
 * A classed colour scale, as the map needs it: a colour per value and the classes for the legend, lowest first,
 * either as `legend` entries or as parallel `colours` and `labels` (the shape of `classedScale` in
 * `src/charts/scales.ts`, which can be passed as it is). `noData` overrides the map's grey and its label.
 * `colour` is only called with published, finite values: the map draws no-data boroughs itself.
 */
export interface ClassedScale {
  colour(value: number | null): string;
  legend?: readonly LegendEntry[];
  colours?: readonly string[];
  labels?: readonly string[];
  noData?: NoDataStyle;
}

/** What the map is showing: used for the legend title, tooltips, the aria-label and the hidden summary. */
export interface MapView {
  measure: Measure;
  basis: Basis;
}

/** Options fixed when the map is created. */
export interface BoroughMapOptions {
  /** Called with a borough's code on click, or `null` when the selected borough is clicked again. */
  onSelect?: (code: string | null) => void;
  /** A background tile layer URL template (`…/{z}/{x}/{y}.png`); none by default (offline networks). */
  tileUrl?: string;
  /** Attribution HTML the tile provider requires (trusted configuration, never data). */
  tileAttribution?: string;
  /** The borough selected at creation. */
  selected?: string | null;
}

/** Properties each boundary feature carries. */
export interface BoroughProperties {
  code: string;
  name: string;
}

/** The London borough boundaries (`public/london-boroughs.geojson`). */
export type BoroughBoundaries = FeatureCollection<Polygon | MultiPolygon, BoroughProperties>;
