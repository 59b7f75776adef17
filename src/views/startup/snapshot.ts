/**
 * The demo's opening figures, computed at build time by the same query layer the page runs (the
 * Observable Framework "data loader" idea), and drawn into index.html (build/prerender.ts): the page
 * shows them with its first paint, while the 34 MB engine starts and loads the demo; the live dashboard
 * then takes over with identical numbers (an end-to-end test checks they match). Only the opening
 * selection is drawn: any other link waits for the engine.
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
  /** The opening view: the URL with no parameters, read with the default year. */
  state: ViewState;
  figures: ViewData;
}

/** Computes the snapshot from an engine that has the demo extract (and only it) loaded. */
export async function computeDemoSnapshot(db: DbClient, rows: number): Promise<DemoSnapshot> {
  const extent = await dataExtent(db);
  const state = searchToFilters('', { defaultFy: defaultFinancialYear(extent) });
  return { rows, extent, state, figures: await loadViewData(db, state.filters) };
}
