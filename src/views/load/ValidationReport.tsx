import { useState } from 'react';
import type { DbClient } from '../../data/client';
import type { LoadReport } from '../../data/loadReport';
import { rejectedRowsCsv } from '../../data/rejectedRows';
import { saveBlob } from '../frame/exporting';
import { formatCount } from '../format';

/** Props: the load's report, the engine holding its rejected rows, and how to close the panel. */
export interface ValidationReportProps {
  report: LoadReport;
  db: DbClient;
  onDismiss?: () => void;
}

/** How many rejected rows the table lists (the CSV download has them all). */
const TABLE_ROWS = 20;

/** A file name for the rejected rows of `file`: its stem, then `-rejected.csv`. */
export function rejectedFileName(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '') || 'extract';
  return `${stem}-rejected.csv`;
}

/**
 * What the latest load did: rows read, accepted and rejected (which add up), rejections per reason,
 * the first rejected rows with where and why, warnings, and a download of every rejected row.
 * Values from the file are rendered as text only.
 */
export function ValidationReport({ report, db, onDismiss }: ValidationReportProps) {
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const download = async () => {
    setDownloadError(null);
    try {
      const csv = await rejectedRowsCsv(db, report);
      saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), rejectedFileName(report.file));
    } catch (error: unknown) {
      setDownloadError(`The rejected rows could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const shown = report.rejections.slice(0, TABLE_ROWS);

  return (
    <section className="validation-report" aria-labelledby="validation-report-title" data-testid="validation-report">
      <h2 id="validation-report-title">
        Loaded {report.file}
        {report.sheet ? ` (sheet “${report.sheet}”)` : ''}
      </h2>
      <p data-testid="validation-counts">
        Rows read: <strong data-testid="rows-read">{formatCount(report.rowsRead)}</strong> · accepted:{' '}
        <strong data-testid="rows-accepted">{formatCount(report.rowsAccepted)}</strong> · rejected:{' '}
        <strong data-testid="rows-rejected">{formatCount(report.rowsRejected)}</strong>.{' '}
        {report.rowsAccepted + report.rowsRejected === report.rowsRead
          ? `Accepted and rejected add up to the ${formatCount(report.rowsRead)} rows read.`
          : 'Accepted and rejected do not add up to the rows read: please report this.'}
      </p>
      {report.reasons.length > 0 ? (
        <>
          <h3>Why rows were rejected</h3>
          <ul data-testid="rejection-reasons">
            {report.reasons.map(({ reason, count }) => (
              <li key={reason}>
                {reason}: {formatCount(count)}
              </li>
            ))}
          </ul>
          <table className="validation-report__rows" data-testid="rejected-rows">
            <caption>
              {shown.length < report.rowsRejected
                ? `The first ${formatCount(shown.length)} of ${formatCount(report.rowsRejected)} rejected rows`
                : 'The rejected rows'}{' '}
              (row 1 is the first row after the header)
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Value</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((rejection, index) => (
                <tr key={`${rejection.row}-${index}`}>
                  <td>{rejection.row}</td>
                  <td>{rejection.column}</td>
                  <td><code>{String(rejection.value)}</code></td>
                  <td>{rejection.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" onClick={() => void download()}>
              Download all rejected rows (CSV)
            </button>
          </p>
          {downloadError ? <p className="notice notice--error" role="alert">{downloadError}</p> : null}
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h3>Warnings</h3>
          <ul data-testid="load-warnings">
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
      {onDismiss ? (
        <button type="button" className="link-button" onClick={onDismiss}>
          Close this report
        </button>
      ) : null}
    </section>
  );
}
