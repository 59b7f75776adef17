/** CSV form of the demo extract: header order, value spellings, LF line endings. */
import type { DemoRecord } from './types';

/** Column names in file order (docs/extract-format.md). */
export const DEMO_COLUMNS = [
  'record_id',
  'victim_id',
  'recorded_date',
  'cse_category',
  'record_type',
  'outcome',
  'offence_borough',
  'victim_home_borough',
  'online',
  'gang_group',
  'victim_gender',
  'suspect_gender',
  'victim_age',
  'suspect_age',
  'suspect_relationship',
  'missing_episodes_12m',
  'looked_after',
  'referral_source',
  'investigating_unit',
  'sf_sexual_health',
  'sf_absent_school',
  'sf_familial_abuse',
  'sf_emotional_physical',
  'sf_gangs',
  'sf_technology',
  'sf_alcohol_drugs',
  'sf_gifts_money',
  'sf_distrust_authority',
] as const satisfies readonly (keyof DemoRecord)[];

/** The header line, without a line ending. */
export const CSV_HEADER = DEMO_COLUMNS.join(',');

const yn = (v: boolean | null): string => (v === null ? '' : v ? 'Y' : 'N');
const text = (v: string | number | null): string => (v === null ? '' : String(v));

/**
 * One record as a CSV line without its line ending. No field is quoted: the generator's vocabularies and borough
 * names contain no comma, quote or newline, and spelling the fields out keeps a million rows cheap.
 */
export function toCsvLine(r: DemoRecord): string {
  return (
    `${r.record_id},${r.victim_id},${r.recorded_date},${r.cse_category},${r.record_type},${text(r.outcome)},` +
    `${r.offence_borough},${text(r.victim_home_borough)},${yn(r.online)},${yn(r.gang_group)},` +
    `${r.victim_gender},${text(r.suspect_gender)},${text(r.victim_age)},${text(r.suspect_age)},` +
    `${text(r.suspect_relationship)},${text(r.missing_episodes_12m)},${yn(r.looked_after)},` +
    `${text(r.referral_source)},${text(r.investigating_unit)},${yn(r.sf_sexual_health)},` +
    `${yn(r.sf_absent_school)},${yn(r.sf_familial_abuse)},${yn(r.sf_emotional_physical)},${yn(r.sf_gangs)},` +
    `${yn(r.sf_technology)},${yn(r.sf_alcohol_drugs)},${yn(r.sf_gifts_money)},${yn(r.sf_distrust_authority)}`
  );
}

/** A whole CSV document (header, one line per record, LF endings, final newline). For small extracts. */
export function toCsv(records: Iterable<DemoRecord>): string {
  const lines = [CSV_HEADER];
  for (const r of records) lines.push(toCsvLine(r));
  return lines.join('\n') + '\n';
}
