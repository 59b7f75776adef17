import { useEffect, useMemo, useRef, useState } from 'react';
import type { DbClient } from '../data/client';
import type { Filters } from '../queries/filters';
import { latestWins } from './data/latestWins';
import { figureCache } from './data/figureCache';
import { loadHeadlinePreview, loadViewData, type HeadlinePreview, type ViewData } from './data/viewData';

/** The figures of one selection as React state. */
export interface DashboardDataState {
  /** The latest figures that arrived (kept while newer ones are computed, so nothing jumps). */
  data: ViewData | null;
  /** The headline alone, shown on opening before the first full set of figures arrives. */
  preview: HeadlinePreview | null;
  /** The filters `data` was computed for. */
  filters: Filters | null;
  /** True while figures for newer filters are being computed. */
  loading: boolean;
  error: Error | null;
}

/**
 * Computes every figure for `filters` through the query layer (`dashboardData`, see viewData.ts).
 * Answers that arrive after a newer filter change are dropped: the newest selection always wins,
 * whatever order the engine answers in. `filters` must keep its identity while unchanged (it is state).
 * On opening, the headline is computed first (a handful of queries) so the first screen fills in
 * before the rest; later changes keep the old figures on screen until all the new ones are ready, so
 * the page never mixes two selections.
 */
export function useDashboardData(db: DbClient, filters: Filters | null): DashboardDataState {
  const [state, setState] = useState<DashboardDataState>({ data: null, preview: null, filters: null, loading: true, error: null });
  const guard = useMemo(() => latestWins<ViewData>(), []);
  const previewGuard = useMemo(() => latestWins<HeadlinePreview>(), []);
  const cache = useMemo(() => figureCache(), [db]);
  const hasData = useRef(false);
  useEffect(() => {
    if (!filters) return;
    setState((previous) => ({ ...previous, loading: true }));
    const preview = hasData.current
      ? Promise.resolve()
      : previewGuard(loadHeadlinePreview(db, filters)).then(
        (result) => {
          if (!result.stale && !hasData.current) setState((previous) => ({ ...previous, preview: result.value, filters }));
        },
        () => undefined, // the full load reports any error
      );
    guard(preview.then(() => loadViewData(db, filters, cache))).then(
      (result) => {
        if (result.stale) return;
        hasData.current = true;
        setState({ data: result.value, preview: null, filters, loading: false, error: null });
      },
      (error: unknown) => {
        setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
  }, [db, filters, guard, previewGuard, cache]);
  return state;
}
