/**
 * Writes the synthetic demo extract. `npm run data:demo` writes data/demo-extract.csv (byte-identical every run);
 * `--records N --out FILE` writes a larger or smaller extract, e.g. for benchmarks. See data/README.md.
 *
 *   tsx scripts/generate-demo.ts [--records N | --scale X] [--seed S] [--out FILE]
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { demoCsvLines, type DemoOptions } from './demo';

const DEFAULT_OUT = fileURLToPath(new URL('../data/demo-extract.csv', import.meta.url));
/** Lines per write: enough to keep system calls rare, few enough to die young (big batches make the GC work hard). */
const LINES_PER_WRITE = 1_000;

function parseNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${value}"`);
  return n;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      records: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const options: DemoOptions = {
    totalRecords: parseNumber('records', values.records),
    scale: parseNumber('scale', values.scale),
    seed: parseNumber('seed', values.seed),
  };
  const out = values.out ?? DEFAULT_OUT;
  const started = performance.now();
  const fd = openSync(out, 'w');
  let rows = -1; // the header is not a row
  try {
    let batch: string[] = [];
    for (const line of demoCsvLines(options)) {
      batch.push(line);
      rows++;
      if (batch.length === LINES_PER_WRITE) {
        writeSync(fd, batch.join('\n') + '\n');
        batch = [];
      }
    }
    if (batch.length > 0) writeSync(fd, batch.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${rows.toLocaleString('en-GB')} synthetic records to ${out} in ${seconds} s.`);
}

main();
