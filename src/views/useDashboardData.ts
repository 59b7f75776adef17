import { useEffect, useMemo, useRef, useState } from 'react';
import type { DbClient } from '../data/client';
import type { Filters } from '../queries/filters';
import { latestWins } from './data/latestWins';
import { figureCache } from './data/figureCache';
import { prepareWhenIdle } from './data/prepareAhead';
import { keepEqual } from './keepEqual';
import { rememberingClient } from '../queries/remembering';
import { loadHeadlinePreview, loadViewData, type HeadlinePreview, type ViewData } from './data/viewData';

/** Statement answers a dashboard keeps (each a few hundred rows at most): a few dozen refreshes' worth. */
const ANSWERS_KEPT = 512;

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
 * `next` sharing every part equal to what is on screen (see keepEqual.ts). London's figures move between
 * `london` (a borough selected) and `main` (London selected) as a borough is picked or cleared, so each
 * is compared with both.
 */
function sharedWith(previous: ViewData | null, next: ViewData): ViewData {
  if (!previous) return next;
  const main = keepEqual([previous.main, previous.london], next.main);
  const london = keepEqual([previous.london, previous.main], next.london);
  const allYears = keepEqual([previous.allYears], next.allYears);
  return main === previous.main && london === previous.london && allYears === previous.allYears ? previous : { main, london, allYears };
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
  // One mount is one version of the loaded data (App keys the dashboard by it), so a statement's answer
  // stays right for its life: the data's extent, London's or the all-years figures another selection
  // shared are not asked again.
  const client = useMemo(() => rememberingClient(db, ANSWERS_KEPT), [db]);
  const hasData = useRef(false);
  useEffect(() => {
    if (!filters) return;
    let current = true; // until the next filters, or the dashboard goes
    setState((previous) => ({ ...previous, loading: true }));
    const preview = hasData.current
      ? Promise.resolve()
      : previewGuard(loadHeadlinePreview(client, filters)).then(
        (result) => {
          if (!result.stale && !hasData.current) setState((previous) => ({ ...previous, preview: result.value, filters }));
        },
        () => undefined, // the full load reports any error
      );
    guard(preview.then(() => loadViewData(client, filters, cache))).then(
      (result) => {
        if (result.stale) return;
        hasData.current = true;
        // Parts equal to what is on screen keep their identity, so only the views whose numbers changed redraw.
        setState((previous) => ({ data: sharedWith(previous.data, result.value), preview: null, filters, loading: false, error: null }));
        prepareWhenIdle(client, filters, () => current);
      },
      (error: unknown) => {
        setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => {
      current = false;
    };
  }, [client, filters, guard, previewGuard, cache]);
  return state;
}
