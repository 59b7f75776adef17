/**
 * figures.json: the headline figures of one selection, every key of each domain present (zeros
 * included). Built only from the query layer, so it always equals what the dashboard shows.
 */
import type { DbClient } from '../data/client';
import type { LoadReport } from '../data/loadReport';
import { BOROUGHS } from '../data/reference/boroughs';
import { completeCounts, countBy } from '../queries/counts';
import { dataExtent } from '../queries/extent';
import type { Filters } from '../queries/filters';
import { femaleVictimsByAge, victimsByMissingStatus } from '../queries/victims';

const CODES = BOROUGHS.map((borough) => borough.code);
const AGES = Array.from({ length: 18 }, (_, age) => String(age));

/** The selection as figures.json states it (snake_case, only what was set). */
function filtersForJson(filters: Filters): Record<string, unknown> {
  const named = { fy: filters.fy, from: filters.from, to: filters.to, offence_borough: filters.offenceBorough,
    victim_home_borough: filters.homeBorough, categories: filters.categories, record_type: filters.recordType,
    online: filters.online, victim_gender: filters.gender, age_bands: filters.ageBands };
  return Object.fromEntries(Object.entries(named).filter(([, value]) => value !== undefined));
}

/** The figures.json document. */
export type Figures = Awaited<ReturnType<typeof computeFigures>>;

/** Computes every figure of figures.json for `filters` over the loaded `records`. */
export async function computeFigures(db: DbClient, filters: Filters, source: LoadReport) {
  const records = (column: Parameters<typeof countBy>[3]) => countBy(db, filters, 'records', column);
  const victims = (column: Parameters<typeof countBy>[3]) => countBy(db, filters, 'victims', column);
  const byGender = completeCounts(await victims('victim_gender'), ['female', 'male', 'other', 'unknown']);
  const byCategory = completeCounts(await records('cse_category'), ['1', '2', '3']);
  const extent = await dataExtent(db);
  const online = completeCounts(await records('online'), ['true', 'false', 'null'], 'null');
  return {
    source: { file: source.file, rows_read: source.rowsRead, rows_accepted: source.rowsAccepted, rows_rejected: source.rowsRejected },
    filters: filtersForJson(filters),
    records: Object.values(byCategory).reduce((sum, n) => sum + n, 0),
    victims: Object.values(byGender).reduce((sum, n) => sum + n, 0),
    by_category: byCategory,
    by_financial_year: completeCounts(await records('fy'), extent.financialYears),
    by_record_type: completeCounts(await records('record_type'), ['suspicion', 'crime']),
    by_outcome: completeCounts(await records('outcome'), ['open', 'detection', 'disruption', 'nfa']),
    online_records: online.true,
    by_offence_borough: completeCounts(await records('offence_borough'), [...CODES, 'unknown']),
    by_victim_home_borough: completeCounts(await victims('victim_home_borough'), [...CODES, 'outside_london', 'not_recorded'], 'not_recorded'),
    victims_by_gender: byGender,
    female_victims_by_age: completeCounts(await femaleVictimsByAge(db, filters), [...AGES, 'unknown'], 'unknown'),
    relationship: completeCounts(await records('suspect_relationship'),
      ['not_recorded', 'acquaintance', 'intimate', 'familial', 'stranger', 'other'], 'not_recorded'),
    victims_missing_12m: completeCounts(await victimsByMissingStatus(db, filters), ['missing', 'not_missing', 'unknown']),
    by_investigating_unit: completeCounts(await records('investigating_unit'),
      ['borough', 'cait', 'sapphire', 'other', 'not_recorded'], 'not_recorded'),
    by_referral_source: completeCounts(await records('referral_source'),
      ['phone_call', 'social_services', 'education', 'health', 'police', 'other', 'not_recorded'], 'not_recorded'),
  };
}
