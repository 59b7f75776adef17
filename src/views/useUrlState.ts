import { useCallback, useEffect, useRef, useState } from 'react';
import type { DbClient } from '../data/client';
import { resolveBorough } from '../queries/boroughs';
import { referenceBorough } from './referenceBorough';
import { boroughParam, filtersToSearch, searchToFilters, type ViewState } from './urlState';

/** The URL-backed state: null until the first URL has been read (its borough resolved, by the engine unless it is a reference name or code). */
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
export function useUrlState(db: DbClient, defaultFy: string | undefined): UrlStateHandle {
  const [state, setLocalState] = useState<ViewState | null>(null);
  const [unknownBorough, setUnknownBorough] = useState<string | null>(null);
  const generation = useRef(0);
  const latest = useRef<ViewState | null>(null);

  const readUrl = useCallback(
    async (mode: 'replace' | 'none') => {
      const ticket = ++generation.current;
      const search = window.location.search;
      const text = boroughParam(search);
      // A reference name or code needs no round trip to the engine (and no await: a Back/Forward
      // whose borough is known applies in the same task as the popstate).
      const code = text ? referenceBorough(text) ?? await resolveBorough(db, text).catch(() => null) : null;
      if (ticket !== generation.current) return; // a newer navigation won
      const next = searchToFilters(search, { defaultFy, resolveBorough: () => code });
      setUnknownBorough(text && !code ? text : null);
      latest.current = next;
      setLocalState(next);
      const canonical = filtersToSearch(next);
      if (mode === 'replace' && canonical !== search) {
        window.history.replaceState(null, '', canonical + window.location.hash);
      }
    },
    [db, defaultFy],
  );

  useEffect(() => {
    void readUrl('replace');
    const onPop = () => void readUrl('none');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [readUrl]);

  const setState = useCallback((next: ViewState) => {
    generation.current++; // any URL still being read is now stale
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
