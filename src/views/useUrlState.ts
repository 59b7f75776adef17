import { useCallback, useEffect, useRef, useState } from 'react';
import { resolveBorough } from '../queries/boroughs';
import { boroughParam, filtersToSearch, searchToFilters, type ViewState } from './urlState';

/** The URL-backed state: null until the first URL has been read. */
export interface UrlStateHandle {
  state: ViewState | null;
  /** Set when the link named a borough that matches none of the 33 (shown as text, never as HTML). */
  unknownBorough: string | null;
  /** Moves to a new state: a new history entry, so Back returns to this one. */
  setState: (next: ViewState) => void;
  /**
   * Moves to the state `change` makes of the latest state (not of a rendered copy that may be a step
   * behind, e.g. while the figures for the previous change are still being computed).
   */
  update: (change: (current: ViewState) => ViewState) => void;
  /** Clears every filter back to the default view (also a new history entry). */
  reset: () => void;
}

/**
 * One `ViewState` synced to the address bar: read on start and on Back/Forward (popstate), written
 * with pushState on every change. The first URL is rewritten in place (replaceState) to its full
 * form, so a copied link always names its period even when it was opened on the default.
 */
export function useUrlState(defaultFy: string | undefined): UrlStateHandle {
  const [state, setLocalState] = useState<ViewState | null>(null);
  const [unknownBorough, setUnknownBorough] = useState<string | null>(null);
  const latest = useRef<ViewState | null>(null);

  const readUrl = useCallback(
    (mode: 'replace' | 'none') => {
      const search = window.location.search;
      const text = boroughParam(search);
      // The borough is read by the reading rules, in the page: a Back/Forward applies in the same task as the popstate.
      const code = text ? resolveBorough(text) : null;
      const next = searchToFilters(search, { defaultFy, resolveBorough: () => code });
      setUnknownBorough(text && !code ? text : null);
      latest.current = next;
      setLocalState(next);
      const canonical = filtersToSearch(next);
      if (mode === 'replace' && canonical !== search) {
        window.history.replaceState(null, '', canonical + window.location.hash);
      }
    },
    [defaultFy],
  );

  useEffect(() => {
    readUrl('replace');
    const onPop = () => readUrl('none');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [readUrl]);

  const setState = useCallback((next: ViewState) => {
    const search = filtersToSearch(next);
    if (search !== window.location.search) window.history.pushState(null, '', search + window.location.hash);
    setUnknownBorough(null);
    latest.current = next;
    setLocalState(next);
  }, []);

  const update = useCallback((change: (current: ViewState) => ViewState) => {
    if (latest.current) setState(change(latest.current));
  }, [setState]);

  const reset = useCallback(() => {
    setState({ filters: defaultFy ? { fy: defaultFy } : {}, basis: 'offence' });
  }, [defaultFy, setState]);

  return { state, unknownBorough, setState, update, reset };
}
