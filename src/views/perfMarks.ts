/**
 * User Timing marks that let the benchmark (`bench/browser/`) time the dashboard without guessing:
 *
 * - `cse:first-figures`: the first time headline figures are painted (once per page);
 * - `cse:views-drawn`: the first time every view is drawn (once per page);
 * - `cse:painted`: after every refresh of the full figures, with `detail: { key }`, the
 *   {@link filtersKey} of the selection the painted figures belong to.
 *
 * Marks are taken after the paint that shows the commit (see {@link afterPaint}). They cost users
 * nothing they would notice: one `performance.mark` per refresh, kept in the page's own timeline and
 * never sent anywhere.
 */
import { useEffect } from 'react';
import type { Filters } from '../queries/filters';

/** Mark name: the headline figures were first painted. */
export const FIRST_FIGURES = 'cse:first-figures';
/** Mark name: every view was first drawn. */
export const VIEWS_DRAWN = 'cse:views-drawn';
/** Mark name: a refresh of every view was painted; its detail is a {@link PaintedDetail}. */
export const PAINTED = 'cse:painted';

/** The detail of every mark: which selection the painted figures belong to. */
export interface PaintedDetail {
  key: string;
}

/**
 * A stable text key for a selection: fields in alphabetical order, absent fields left out, lists
 * sorted. Equal selections give equal keys however they were built (a URL, a click, the bench script).
 */
export function filtersKey(filters: Filters): string {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, Array.isArray(value) ? [...value].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

/**
 * Runs `callback` once the frame showing the latest commit has been painted: the animation-frame
 * callback runs just before that frame's paint, and a task queued from it runs just after.
 */
export function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/** Marks `name` unless it was already marked on this page (so "first time" survives re-mounts). */
function markOnce(name: string, detail: PaintedDetail): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name, { detail });
}

/** What the dashboard shows: the full figures, the headline-only preview, and their selection. */
export interface ShownFigures {
  data: unknown;
  preview: unknown;
  filters: Filters | null;
}

/** Takes this module's marks after each commit that changes the figures on screen. */
export function usePaintMarks({ data, preview, filters }: ShownFigures): void {
  useEffect(() => {
    if (!filters || (!data && !preview)) return;
    const detail: PaintedDetail = { key: filtersKey(filters) };
    afterPaint(() => {
      markOnce(FIRST_FIGURES, detail);
      if (!data) return;
      markOnce(VIEWS_DRAWN, detail);
      performance.mark(PAINTED, { detail });
    });
  }, [data, preview, filters]);
}
