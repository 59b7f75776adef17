import { useEffect, useMemo, useState } from 'react';
import type { DbClient } from '../data/client';
import type { Filters } from '../queries/filters';
import { latestWins } from './data/latestWins';
import { loadViewData, type ViewData } from './data/viewData';

/** The figures of one selection as React state. */
export interface DashboardDataState {
  /** The latest figures that arrived (kept while newer ones are computed, so nothing jumps). */
  data: ViewData | null;
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
 */
export function useDashboardData(db: DbClient, filters: Filters | null): DashboardDataState {
  const [state, setState] = useState<DashboardDataState>({ data: null, filters: null, loading: true, error: null });
  const guard = useMemo(() => latestWins<ViewData>(), []);
  useEffect(() => {
    if (!filters) return;
    setState((previous) => ({ ...previous, loading: true }));
    guard(loadViewData(db, filters)).then(
      (result) => {
        if (!result.stale) setState({ data: result.value, filters, loading: false, error: null });
      },
      (error: unknown) => {
        setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
  }, [db, filters, guard]);
  return state;
}
