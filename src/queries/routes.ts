/**
 * How cases reach the police and who investigates them: "phone calls are the single most frequent
 * method … the second is Social Services", "two thirds … Territorial Policing Boroughs as the
 * Investigating Unit". Both record-based.
 */
import type { DbClient } from '../data/client';
import { COLUMNS } from '../data/format';
import { completeCounts, countBy } from './counts';
import type { Filters } from './filters';

/** The recorded values of an enumerated column, from the format, so the two never drift apart. */
function vocabularyOf(column: 'referral_source' | 'investigating_unit'): string[] {
  return Object.keys(COLUMNS.find((spec) => spec.name === column)?.vocabulary ?? {});
}

/** One recorded route or unit. */
export interface RouteRow {
  key: string;
  count: number;
  /** Share of records with a value recorded (null when none is). */
  shareOfRecorded: number | null;
  /** Share of all records (null when there are none). */
  shareOfAll: number | null;
}

/** Every recorded value (zeros included, largest first) and the blanks, with both denominators. */
export interface RouteFigures {
  rows: RouteRow[];
  notRecorded: number;
  recorded: number;
  total: number;
}

/** Counts and shares of one enumerated record column, largest first (ties in the format's order). */
async function breakdown(db: DbClient, filters: Filters, column: 'referral_source' | 'investigating_unit'): Promise<RouteFigures> {
  const domain = vocabularyOf(column);
  const counts = completeCounts(await countBy(db, filters, 'records', column), [...domain, 'not_recorded'], 'not_recorded');
  const recorded = domain.reduce((sum, key) => sum + counts[key], 0);
  const total = recorded + counts.not_recorded;
  const rows = domain
    .map((key) => ({
      key, count: counts[key],
      shareOfRecorded: recorded > 0 ? counts[key] / recorded : null,
      shareOfAll: total > 0 ? counts[key] / total : null,
    }))
    .sort((a, b) => b.count - a.count || domain.indexOf(a.key) - domain.indexOf(b.key));
  return { rows, notRecorded: counts.not_recorded, recorded, total };
}

/** Records by referral source: phone call, social services, education, health, police, other. */
export function referralRoutes(db: DbClient, filters: Filters): Promise<RouteFigures> {
  return breakdown(db, filters, 'referral_source');
}

/** Records by investigating unit: borough (Territorial Policing), CAIT, Sapphire, other. */
export function investigatingUnits(db: DbClient, filters: Filters): Promise<RouteFigures> {
  return breakdown(db, filters, 'investigating_unit');
}
