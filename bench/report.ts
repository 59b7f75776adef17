/** Statistics and the markdown table of a benchmark run. */

/** One engine on one extract size. Times in milliseconds. */
export interface Result {
  engine: string;
  /** The engine's `SELECT version()`. */
  version?: string;
  records: number;
  loadMs: number;
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** p50, p95 and max of a set of latencies, in milliseconds. */
export type Summary = Pick<Result, 'p50' | 'p95' | 'max'>;

/** p50, p95 and max of interaction latencies. */
export function summary(values: readonly number[]): Summary {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;

/** The results as a markdown table, with WASM/native ratios of the interaction p50. */
export function table(machine: Record<string, unknown>, results: readonly Result[]): string {
  const versions = [...new Set(results.map((r) => `${r.engine} ${r.version ?? '?'}`))].join(', ');
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; engines: ${versions}.`,
    '',
    '| records | engine | load CSV (median) | filter change p50 | p95 | max | WASM / native (p50) |',
    '|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    const native = results.find((r) => r.engine === 'native' && r.records === result.records);
    const ratio = result.engine === 'duckdb-wasm' && native ? `${(result.p50 / native.p50).toFixed(1)}×` : '';
    lines.push(`| ${result.records.toLocaleString('en-GB')} | ${result.engine} | ${ms(result.loadMs)} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.max)} | ${ratio} |`);
  }
  return lines.join('\n');
}
