import { useEffect, useRef, useState } from 'react';
import type { DbClient } from '../data/client';
import type { Filters } from '../queries/filters';
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
 * Computes every figure for `filters` through the query layer. Responses that arrive after a newer
 * filter change are ignored: the newest selection always wins, whatever order the engine answers in.
 * `filters` must be referentially stable while unchanged (it comes from state, so it is).
 */
export function useDashboardData(db: DbClient, filters: Filters | null): DashboardDataState {
  const [state, setState] = useState<DashboardDataState>({ data: null, filters: null, loading: true, error: null });
  const latest = useRef(0);
  useEffect(() => {
    if (!filters) return;
    const ticket = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    loadViewData(db, filters).then(
      (data) => {
        if (ticket === latest.current) setState({ data, filters, loading: false, error: null });
      },
      (error: unknown) => {
        if (ticket === latest.current) {
          setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error : new Error(String(error)) }));
        }
      },
    );
  }, [db, filters]);
  return state;
}
