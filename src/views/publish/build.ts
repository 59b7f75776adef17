/**
 * Builds the report for the dashboard's current filters, in the browser, with the same pack code as
 * `npm run report`: the London pack, or the borough pack when one offence borough is selected. Charts are
 * drawn into the page's own document (linkedom is for Node only); the boundaries are the app's own file.
 */
import type { BoroughCollection } from '../../charts/index';
import type { DbClient } from '../../data/client';
import { PUBLIC_RULE } from '../../disclosure/suppress';
import { loadBoroughBoundaries } from '../../map/boundaries';
import { boroughName } from '../../queries/boroughs';
import { latestCompleteMonth } from '../../queries/flows';
import type { Filters } from '../../queries/filters';
import { boroughPack, londonShared } from '../../report/borough/index';
import { masePack, rollingYear } from '../../report/borough/mase';
import { londonPack, type PackEnv } from '../../report/london/index';

/** A built report: its HTML, a title, and a file name to download it as. */
export interface BuiltReport {
  html: string;
  title: string;
  fileName: string;
}

/** "financial year 2014/15", or the date range. */
export function periodOf(filters: Filters): string {
  if (filters.fy) return `financial year ${filters.fy}`;
  return [filters.from ?? 'start', filters.to ?? 'end'].join(' to ');
}

/**
 * Builds the MASE monthly pack of `borough` for the latest complete month in the data: the same document
 * as `npm run report -- --kind mase --borough …`, so it ignores the dashboard's other filters.
 */
export async function buildMasePack(db: DbClient, borough: string, source: string, made: string): Promise<BuiltReport> {
  const month = await latestCompleteMonth(db);
  if (!month) throw new Error('the loaded data has no records, so there is no month to report.');
  const env: PackEnv = { document, geojson: (await loadBoroughBoundaries()) as unknown as BoroughCollection };
  const filters = rollingYear(month);
  const input = { rule: PUBLIC_RULE, period: `12 months to ${month}`, source, made, filters };
  const shared = await londonShared(db, filters, input, env);
  const pack = await masePack(db, input, shared, borough, month);
  return { html: pack.html, title: `${boroughName(borough)} MASE pack, ${month}`, fileName: `cse-mase-${borough}-${month}.html` };
}

/** Builds the published report for `filters`; `source` names the loaded extract in every footer. */
export async function buildReport(db: DbClient, filters: Filters, source: string, made: string): Promise<BuiltReport> {
  const env: PackEnv = { document, geojson: (await loadBoroughBoundaries()) as unknown as BoroughCollection };
  const period = periodOf(filters);
  const input = { rule: PUBLIC_RULE, period, source, made };
  const slug = period.replace(/[^0-9a-z]+/gi, '-').toLowerCase();
  const { offenceBorough, ...london } = filters;
  if (offenceBorough && offenceBorough.startsWith('E09')) {
    // A borough pack compares the borough with London, so its figures are computed London-wide.
    const shared = await londonShared(db, london, input, env);
    const pack = await boroughPack(db, { ...input, filters: london }, shared, offenceBorough);
    return { html: pack.html, title: `${boroughName(offenceBorough)} pack`, fileName: `cse-${offenceBorough}-${slug}.html` };
  }
  const pack = await londonPack(db, { ...input, filters }, env);
  return { html: pack.html, title: 'London pack', fileName: `cse-london-${slug}.html` };
}
