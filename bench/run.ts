/**
 * `npm run bench`: times the dashboard at scale on this machine, in two halves.
 * - node: loading and the 30-step filter script through the query layer, in DuckDB-WASM and in native
 *   DuckDB (bench/node.ts; both load through the same reading rules, so only the filter changes compare engines);
 * - browser: the built app in headless Chromium, cold start, loading CSV and Parquet through "Open
 *   extract…", the same script applied through the URL, memory, JavaScript size (bench/browser/).
 * Writes bench/results.json and prints one markdown table per half and issue 6's targets.
 *
 * Options: --sizes 10000,100000,1000000 (add 5000000 for the Parquet-only 5M run, browser half only)
 * --repeats 3 (medians) --only node|browser --dist DIR (serve an existing build instead of building)
 * --think-ms 0 (the browser's pause after each step is drawn before the next, as a user reads the screen).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { browserTable } from './browser/report';
import { runBrowser, type BrowserResults } from './browser/run';
import { runNode } from './node';
import { table, type Result } from './report';
import { checkTargets, targetsTable } from './targets';

const { values } = parseArgs({
  options: { sizes: { type: 'string' }, repeats: { type: 'string' }, only: { type: 'string' }, dist: { type: 'string' }, 'think-ms': { type: 'string' } },
});
const sizes = (values.sizes ?? '10000,100000,1000000').split(',').map(Number);
const repeats = Number(values.repeats ?? 3);
const only = values.only;
const thinkMs = Number(values['think-ms'] ?? 0);
if (!(thinkMs >= 0)) throw new Error('--think-ms takes milliseconds ≥ 0');
if (only && only !== 'node' && only !== 'browser') throw new Error(`--only takes node or browser, not ${only}`);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0) || !(repeats >= 1)) throw new Error('--sizes takes record counts (e.g. 10000,100000) and --repeats a count ≥ 1');

const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, load: os.loadavg().map((l) => l.toFixed(1)).join(' ') };
const node: Result[] | undefined = only === 'browser' ? undefined : await runNode(sizes, repeats);
const browser: BrowserResults | undefined = only === 'node'
  ? undefined
  : await runBrowser({ sizes, repeats, thinkMs, distDir: values.dist ?? join(os.tmpdir(), 'cse-bench-dist'), build: !values.dist });
const targets = checkTargets(node, browser, machine.cores);
machine.load += ` → ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;

writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), machine, node, browser, targets }, null, 2) + '\n');
if (node) console.log(`## Node: DuckDB-WASM against native DuckDB\n\n${table(machine, node)}\n`);
if (browser) console.log(`## Browser: the built app in headless Chromium\n\n${browserTable(machine, browser, node)}\n`);
console.log(`## Issue 6 targets\n\n${targetsTable(targets)}`);
console.log(`\nLoad average (1, 5, 15 min) at start → end: ${machine.load}. Other jobs on this machine slow every figure.`);
