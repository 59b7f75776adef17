/**
 * The demo's opening figures, computed at build time by the same query layer the page runs (the
 * Observable Framework "data loader" idea). The page shows them the moment its script runs, while the
 * 34 MB engine starts and loads the demo; the live dashboard then takes over with identical numbers
 * (an end-to-end test checks they match). Only the opening selection is snapshotted: any other link
 * waits for the engine.
 */
import type { DbClient } from '../../data/client';
import { dataExtent, type DataExtent } from '../../queries/extent';
import { loadViewData, type ViewData } from '../data/viewData';
import { searchToFilters, type ViewState } from '../urlState';
import { defaultFinancialYear } from './defaultPeriod';

/** The demo's opening view: what is loaded, the opening selection, and every figure of it. */
export interface DemoSnapshot {
  /** Rows of the demo extract accepted by the reading rules. */
  rows: number;
  extent: DataExtent;
  defaultFy: string | undefined;
  /** The opening view: the URL with no parameters, read with the default year. */
  state: ViewState;
  figures: ViewData;
}

/** Computes the snapshot from an engine that has the demo extract (and only it) loaded. */
export async function computeDemoSnapshot(db: DbClient, rows: number): Promise<DemoSnapshot> {
  const extent = await dataExtent(db);
  const defaultFy = defaultFinancialYear(extent);
  const state = searchToFilters('', { defaultFy });
  return { rows, extent, defaultFy, state, figures: await loadViewData(db, state.filters) };
}

/**
 * The snapshot's view when the link `search` opens exactly the snapshotted selection (no parameters,
 * or ones naming the same view), else null. A borough name needs the engine to resolve, so any link
 * with one waits.
 */
export function snapshotViewFor(snapshot: DemoSnapshot, search: string): ViewState | null {
  const params = new URLSearchParams(search);
  if (params.has('borough')) return null;
  const state = searchToFilters(params, { defaultFy: snapshot.defaultFy });
  const same = JSON.stringify(state.filters) === JSON.stringify(snapshot.state.filters) && state.basis === snapshot.state.basis;
  return same ? state : null;
}
