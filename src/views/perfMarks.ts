/**
 * User Timing marks that let the benchmark (`bench/browser/`) time the dashboard without guessing:
 *
 * - `cse:first-figures`: the first time headline figures are painted (once per page);
 * - `cse:views-drawn`: the first time every view is drawn (once per page);
 * - `cse:painted`: after every refresh of the full figures, with `detail: { key }`, the
 *   {@link filtersKey} of the selection the painted figures belong to (the charts on screen drawn);
 * - `cse:all-drawn`: when every chart of that refresh is drawn, far from the screen too, same detail.
 *
 * Marks are taken after the paint that shows the commit (see {@link afterPaint}). They cost users
 * nothing they would notice: one `performance.mark` per refresh, kept in the page's own timeline and
 * never sent anywhere.
 */
import { useEffect } from 'react';
import type { Filters } from '../queries/filters';
import { afterPaint, ALL_DRAWN, FIRST_FIGURES, PAINTED, VIEWS_DRAWN, filtersKey, type PaintedDetail } from './perfMarkNames';
import { pageDrawing } from './frame/drawScheduler';

export { afterPaint, ALL_DRAWN, FIRST_FIGURES, PAINTED, VIEWS_DRAWN, filtersKey, type PaintedDetail } from './perfMarkNames';

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
    let current = true;
    let stopWaiting = () => undefined as unknown;
    afterPaint(() => {
      markOnce(FIRST_FIGURES, detail);
      if (!data) return;
      performance.mark(PAINTED, { detail });
      if (!current) return; // newer figures came: these charts will never all be drawn
      stopWaiting = pageDrawing().whenAllDrawn(() => {
        markOnce(VIEWS_DRAWN, detail);
        performance.mark(ALL_DRAWN, { detail });
      });
    });
    return () => {
      current = false;
      stopWaiting();
    };
  }, [data, preview, filters]);
}
