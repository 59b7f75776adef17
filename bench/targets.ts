/**
 * Issue 6's targets beside the measured values. Pure: it only reads results, so it is unit-tested.
 * A target is "not measured" when this run did not include what it needs (e.g. `--only node`).
 */
import type { BrowserResults } from './browser/run';
import type { Result } from './report';

/** One target: what it asks, what was measured, and whether it is met (null: not measured). */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const MILLION = 1_000_000;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;
const kB = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en-GB')} kB`;

function check(target: string, value: number | undefined, limit: number, show: (v: number) => string = ms): TargetCheck {
  if (value === undefined || Number.isNaN(value)) return { target, measured: 'not measured', met: null };
  return { target, measured: show(value), met: value <= limit };
}

/** The targets of the browser half. */
function browserTargets(browser: BrowserResults | undefined): TargetCheck[] {
  const at = (records: number, format: string) => browser?.sizes.find((s) => s.records === records && s.format === format);
  const million = browser?.sizes.find((s) => s.records === MILLION && s.interaction);
  const fiveM = at(5 * MILLION, 'parquet');
  return [
    check('cold start on the demo: first figures visible ≤ 1.0 s', browser?.coldStart.firstFiguresMs, 1000),
    check('cold start on the demo: every view drawn ≤ 1.5 s', browser?.coldStart.viewsDrawnMs, 1500),
    check('1M-record CSV loaded (file handed over → table ready) ≤ 3 s', at(MILLION, 'csv')?.tableReadyMs, 3000),
    fiveM?.error
      ? { target: '5M records in Parquet load and stay usable', measured: `failed: ${fiveM.error.slice(0, 120)}`, met: false }
      : fiveM
      ? { target: '5M records in Parquet load and stay usable', measured: `loaded in ${ms(fiveM.tableReadyMs)}${fiveM.interaction ? `, filter change p95 ${ms(fiveM.interaction.p95)}` : ''}`, met: fiveM.rowsAccepted === 5 * MILLION && fiveM.interaction !== null }
      : { target: '5M records in Parquet load and stay usable', measured: 'not measured (opt in: --sizes …,5000000)', met: null },
    check('filter change → all views updated, p95 ≤ 100 ms at 1M records', million?.interaction?.p95, 100),
    check('filter change → all views updated, p95 ≤ 30 ms at the demo size', browser?.demo.interaction.p95, 30),
    check("the app's own JavaScript ≤ 300 kB gzip (all chunks, lazy ones included)", browser?.js.totalGzipBytes, 300_000, kB),
    check('only one DuckDB bundle downloaded per page load', browser?.duckdbWasmPerPage, 1, (n) => `${n} wasm file(s)`),
  ];
}

/** The per-interaction query batch, WASM against native, at the largest size the Node half measured. */
function ratioTarget(node: readonly Result[] | undefined): TargetCheck {
  const sizes = (node ?? []).filter((r) => r.engine === 'native').map((r) => r.records);
  const largest = Math.max(...sizes);
  const wasm = node?.find((r) => r.engine === 'duckdb-wasm' && r.records === largest);
  const native = node?.find((r) => r.engine === 'native' && r.records === largest);
  const target = 'per-interaction query batch within 2× native DuckDB (p50)';
  if (!wasm || !native) return { target, measured: 'not measured', met: null };
  const ratio = wasm.p50 / native.p50;
  return { target, measured: `${ratio.toFixed(1)}× at ${largest.toLocaleString('en-GB')} records`, met: ratio <= 2 };
}

/** Every target of issue 6, in the issue's order, with this run's values. */
export function checkTargets(node: readonly Result[] | undefined, browser: BrowserResults | undefined): TargetCheck[] {
  const [first, views, load, fiveM, p95Million, p95Demo, js, bundle] = browserTargets(browser);
  return [first, views, load, fiveM, p95Million, p95Demo, ratioTarget(node), js, bundle];
}

/** The targets as a markdown table. */
export function targetsTable(checks: readonly TargetCheck[]): string {
  const verdict = (met: boolean | null) => (met === null ? '–' : met ? 'met' : 'not met');
  return ['| target (issue 6) | measured | |', '|---|---:|---|', ...checks.map((c) => `| ${c.target} | ${c.measured} | ${verdict(c.met)} |`)].join('\n');
}
