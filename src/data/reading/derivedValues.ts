/**
 * Columns of `records` derived from each record's own values at load time (see src/data/derivedColumns.ts
 * for why they are stored): the financial year and month of the recorded date, the missing status (a
 * blank episode count is unknown, never zero), episodes binned at 15+, and the SAFEGUARD pattern.
 */
import type { WriterColumn } from '../arrow/writer';
import { MISSING_STATUSES } from '../derivedColumns';
import { financialYearLabel } from '../format';
import type { Steps } from '../pacing';

const MS_PER_DAY = 86_400_000;

/** The financial year (`2014/15`) a day (days since 1970) falls in: April to March. */
function financialYearOfDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const start = date.getUTCFullYear() - (date.getUTCMonth() < 3 ? 1 : 0);
  return financialYearLabel(start);
}

/** Each record's financial year as a code, and the years' labels (one Date per distinct day, not per record). */
export function financialYears(days: Int32Array): { codes: Uint8Array; labels: string[] } {
  const labels: string[] = [];
  const byLabel = new Map<string, number>();
  const byDay = new Map<number, number>();
  const codes = new Uint8Array(days.length);
  for (let i = 0; i < days.length; i++) {
    let code = byDay.get(days[i]);
    if (code === undefined) {
      const label = financialYearOfDay(days[i]);
      code = byLabel.get(label) ?? labels.push(label) - 1;
      byLabel.set(label, code);
      byDay.set(days[i], code);
    }
    codes[i] = code;
  }
  if (labels.length > 255) throw new Error('An extract can span at most 255 financial years.');
  return { codes, labels };
}

/** The first day of each record's month, as days since 1970. */
function monthStarts(days: Int32Array): Int32Array {
  const starts = new Int32Array(days.length);
  const known = new Map<number, number>();
  for (let i = 0; i < days.length; i++) {
    let start = known.get(days[i]);
    if (start === undefined) {
      start = days[i] - (new Date(days[i] * MS_PER_DAY).getUTCDate() - 1);
      known.set(days[i], start);
    }
    starts[i] = start;
  }
  return starts;
}

/** The SAFEGUARD pattern: each factor one base-3 digit, the first the lowest (0 not recorded, 1 absent, 2 present). */
function safeguardPattern(factors: readonly WriterColumn[], length: number): Uint16Array {
  const pattern = new Uint16Array(length);
  for (let f = factors.length - 1; f >= 0; f--) {
    const { values, valid } = factors[f] as { values: Uint8Array; valid: Uint8Array };
    for (let i = 0; i < length; i++) pattern[i] = pattern[i] * 3 + (valid[i] === 0 ? 0 : values[i] === 1 ? 2 : 1);
  }
  return pattern;
}

/** The derived columns, from the format's columns in storage order (by name) and the recorded days; a step after each. */
export function* derivedColumns(byName: Map<string, WriterColumn>, days: Int32Array, factorNames: readonly string[]): Steps<WriterColumn[]> {
  const month = monthStarts(days);
  yield;
  const episodes = byName.get('missing_episodes_12m') as { values: Int32Array; valid: Uint8Array };
  const [missing, notMissing, unknown] = (['missing', 'not_missing', 'unknown'] as const).map((status) => MISSING_STATUSES.indexOf(status));
  const status = new Uint8Array(days.length);
  const bins = new Uint8Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const known = episodes.valid[i] === 1;
    const n = episodes.values[i];
    status[i] = !known ? unknown : n >= 1 ? missing : notMissing;
    bins[i] = known ? Math.min(n, 15) : 0;
  }
  yield;
  const pattern = safeguardPattern(factorNames.map((name) => byName.get(name)!), days.length);
  return [
    { name: 'month', type: 'date32', values: month },
    { name: 'missing_status', type: 'uint8', values: status },
    { name: 'episode_bin', type: 'uint8', values: bins, valid: episodes.valid },
    { name: 'safeguard_pattern', type: 'uint16', values: pattern },
  ];
}
