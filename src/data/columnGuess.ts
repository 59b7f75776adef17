/**
 * Best guesses for the column-mapping step: when a month's extract arrives with renamed headers, each
 * format column is pre-filled with the source header most likely to be it.
 */
import { COLUMNS, SAFEGUARD_FACTORS } from './format';
import { headerKey } from './headers';

/** Other names seen for each column in police and council extracts (compared as header keys). */
const ALIASES: Record<string, readonly string[]> = {
  record_id: ['crime reference', 'crime ref', 'crime number', 'cris number', 'urn', 'reference', 'record', 'ref'],
  victim_id: ['person id', 'child id', 'victim ref', 'victim reference', 'subject id', 'young person id', 'victim'],
  recorded_date: ['date recorded', 'date', 'report date', 'date reported', 'created date', 'date created', 'recorded'],
  cse_category: ['category', 'cse cat', 'cse level', 'risk category', 'cse risk'],
  record_type: ['type', 'suspicion or crime', 'classification', 'record classification'],
  outcome: ['result', 'disposal', 'status', 'clearance'],
  offence_borough: ['borough', 'location borough', 'offence location', 'incident borough', 'crime borough'],
  victim_home_borough: ['home borough', 'victim borough', 'residence borough', 'home la', 'home local authority'],
  online: ['online cse', 'online flag', 'internet', 'online offence'],
  gang_group: ['gang', 'gangs', 'gangs groups', 'group', 'gang flag'],
  victim_gender: ['gender', 'sex', 'victim sex'],
  suspect_gender: ['suspect sex', 'offender gender', 'offender sex', 'perpetrator gender'],
  victim_age: ['age', 'age at report', 'victim age at report', 'age of victim'],
  suspect_age: ['offender age', 'perpetrator age', 'age of suspect'],
  suspect_relationship: ['relationship', 'relationship to victim', 'victim suspect relationship'],
  missing_episodes_12m: ['missing episodes', 'missing count', 'missing 12 months', 'mispers 12m', 'missing episodes 12 months'],
  looked_after: ['lac', 'cla', 'looked after child', 'in care', 'child in care'],
  referral_source: ['referral', 'referral route', 'source of referral', 'referred by', 'source'],
  investigating_unit: ['unit', 'investigating team', 'oic unit', 'owning unit'],
  ...Object.fromEntries(SAFEGUARD_FACTORS.map((factor) => [factor.column, [factor.label]])),
};

/** Letter pairs of a key, for a similarity that survives small spelling changes. */
function bigrams(key: string): string[] {
  const text = key.replace(/_/g, '');
  return Array.from({ length: Math.max(text.length - 1, 0) }, (_, i) => text.slice(i, i + 2));
}

/** Dice similarity of two keys' letter pairs, 0…1. */
export function similarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (!left.length || !right.length) return a === b ? 1 : 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** How well `header` fits `column`: 1 by the header rules, 0.95 by a known alias, else similarity. */
function fit(header: string, column: string): number {
  const key = headerKey(header);
  if (key === column) return 1;
  const names = [column, ...(ALIASES[column] ?? []).map(headerKey)];
  if (names.slice(1).includes(key)) return 0.95;
  return Math.max(...names.map((name) => similarity(key, name)));
}

/** Guesses below this are left for the user to choose. */
export const GUESS_THRESHOLD = 0.6;

/**
 * Source header → format column for the headers that can be placed with some confidence; each
 * column and each header is used once, best fits first.
 */
export function suggestMapping(headers: readonly string[]): Record<string, string> {
  const pairs = headers.flatMap((header) => COLUMNS.map((column) => ({ header, column: column.name, score: fit(header, column.name) })));
  pairs.sort((a, b) => b.score - a.score);
  const mapping: Record<string, string> = {};
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (pair.score < GUESS_THRESHOLD) break;
    if (pair.header in mapping || taken.has(pair.column)) continue;
    mapping[pair.header] = pair.column;
    taken.add(pair.column);
  }
  return mapping;
}

/** A key for remembering a confirmed mapping: the same headers in the same order give the same key. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(headerKey).join('|');
}
