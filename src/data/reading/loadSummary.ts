/** What a load did, worked out from the checker and the rejections as the file was read. */
import { RECORDED_DATE } from './acceptedRecords';
import type { HeaderMatch } from '../headers';
import type { LoadReport } from '../loadReport';
import type { ExtractFormat } from '../loadTable';
import type { RejectionSink } from './rejectionSink';
import type { RowChecker } from './rowChecker';

/** When CSE flags were introduced in the MPS: records before it are worth a warning, not a rejection. */
const FLAGS_INTRODUCED = '2013-10-01';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The earliest and latest accepted record, and how many are dated before the flags were introduced. */
function acceptedDates(checker: RowChecker): { first: number; last: number; early: number } {
  const dates = checker.accepted.columns[RECORDED_DATE] as Float64Array;
  const flags = Date.parse(`${FLAGS_INTRODUCED}T00:00:00Z`);
  let [first, last, early] = [Infinity, -Infinity, 0];
  for (let i = 0; i < checker.accepted.length; i++) {
    const at = dates[i];
    if (at < first) first = at;
    if (at > last) last = at;
    if (at < flags) early++;
  }
  return { first, last, early };
}

/** The load report of a file whose `rowsRead` rows went through `checker` (accepted) and `sink` (rejected). */
export function summariseLoad(
  file: string, format: ExtractFormat, headers: string[], match: HeaderMatch, checker: RowChecker, sink: RejectionSink, rowsRead: number,
): LoadReport {
  const rowsAccepted = checker.accepted.length;
  const { first, last, early } = acceptedDates(checker);
  const warnings: string[] = [];
  if (match.unknown.length) warnings.push(`Columns not in the extract format were ignored: ${match.unknown.join(', ')}.`);
  if (early) warnings.push(`${early} records are dated before 1 Oct 2013, when CSE flags were introduced.`);
  const reasons = [...sink.reasons].map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  const columns: Record<string, string> = {};
  for (const [name, index] of match.byColumn) columns[headers[index]] = name;
  return {
    file, format, rowsRead, rowsAccepted, rowsRejected: sink.total, reasons, rejections: sink.sample, warnings,
    dateRange: rowsAccepted ? { from: isoDay(first), to: isoDay(last) } : null,
    columns, headers,
  };
}
