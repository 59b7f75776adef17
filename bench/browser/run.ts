/**
 * The browser half of `npm run bench`: the built app in headless Chromium, cold (a new browser per
 * page), on the demo extract and on generated extracts handed over through "Open extract…".
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { extractPath, type ExtractFormat } from '../data';
import { INTERACTION_SCRIPT } from '../interactionScript';
import { percentile, summary, type Summary } from '../report';
import { replayInPage, replayRemembered, type StepTimes } from './interaction';
import { duckdbWasmRequests, measureJsSize, type JsSize } from './jsSize';
import { coldStart, engineVersion, LIMITS, loadFile, type ColdStart, type LoadRun } from './measure';
import { measureMemory, type MemorySample } from './memory';
import { openBenchPage } from './page';

/** What to run: extract sizes, repeats (medians are reported), and the build to serve. */
export interface BrowserOptions {
  sizes: readonly number[];
  repeats: number;
  /** Pause after each step of the script is drawn, before the next (0: none). */
  thinkMs: number;
  /** Folder the app is built into (by this run unless `build` is false). */
  distDir: string;
  build: boolean;
}

/** One extract size in one format: medians over the repeats; interactions only on the first format. */
export interface BrowserSizeResult extends Omit<LoadRun, 'rowsAccepted'> {
  records: number;
  format: ExtractFormat;
  runs: number;
  rowsAccepted: number;
  memory: MemorySample;
  /** Filter change → every chart drawn (the issue's "all views updated"). */
  interaction: Summary | null;
  /** Filter change → every view's figures and the charts on screen painted. */
  onScreen: Summary | null;
  /** Why the load failed (the app's sentence, or a time-out); the times are then NaN. */
  error?: string;
}

/** Everything the browser half measured. */
export interface BrowserResults {
  chromium: string;
  duckdb: string;
  /** Demo extract, medians over every page opened. */
  coldStart: ColdStart & { runs: number };
  /** The pause between steps of the script (`--think-ms`). */
  thinkMs: number;
  /**
   * The interaction script on the demo extract, and memory with the demo loaded; `drawingOnly`: its
   * transitions again with every figure already computed (the page's own part of a filter change).
   */
  demo: { interaction: Summary; onScreen: Summary; drawingOnly: StepSummaries; memory: MemorySample; runs: number };
  sizes: BrowserSizeResult[];
  js: JsSize;
  /** The most DuckDB wasm files any one page load requested (the target is 1). */
  duckdbWasmPerPage: number;
}

/** Formats measured at a size: the 5M extract only as Parquet (a 600 MB CSV is not a realistic hand-over). */
export const formatsFor = (records: number): ExtractFormat[] => (records >= 5_000_000 ? ['parquet'] : ['csv', 'parquet']);

const median = (values: readonly number[]) => percentile(values, 50);
const medianOf = <T>(samples: readonly T[], pick: (sample: T) => number | null): number => median(samples.map(pick).map((v) => v ?? NaN));

function medianMemory(samples: readonly MemorySample[]): MemorySample {
  return { pageHeapBytes: medianOf(samples, (s) => s.pageHeapBytes), workerHeapBytes: medianOf(samples, (s) => s.workerHeapBytes), wasmBytes: medianOf(samples, (s) => s.wasmBytes) };
}

/** Builds the app with Vite into `distDir` (its own folder: other jobs may be building `dist/`). */
function build(distDir: string): void {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit', cwd: resolve(import.meta.dirname, '../..') });
  if (result.status !== 0) throw new Error(`vite build failed (status ${result.status})`);
}

/** Runs the browser half. Progress goes to stderr. */
export async function runBrowser(options: BrowserOptions): Promise<BrowserResults> {
  if (options.build) build(options.distDir);
  const colds: ColdStart[] = [];
  let wasmPerPage = 0;
  let openingRequests: string[] = [];
  let versions = { chromium: '', duckdb: '' };

  /** Opens a cold page, measures its start-up on the demo, then runs `work` on it. */
  async function onPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const bench = await openBenchPage(options.distDir);
    try {
      colds.push(await coldStart(bench.page));
      openingRequests = bench.requests();
      wasmPerPage = Math.max(wasmPerPage, duckdbWasmRequests(openingRequests).length);
      versions = { chromium: bench.browser.version(), duckdb: await engineVersion(bench.page) };
      return await work(bench.page);
    } finally {
      await bench.close();
    }
  }

  const demo = await measureDemo(options, onPage);
  const sizes: BrowserSizeResult[] = [];
  for (const records of options.sizes) {
    for (const [index, format] of formatsFor(records).entries()) {
      sizes.push(await measureSize(records, format, index === 0, options, onPage));
      console.error(`browser: ${records.toLocaleString('en-GB')} records, ${format}`);
    }
  }

  return {
    ...versions,
    thinkMs: options.thinkMs,
    coldStart: { ...medianCold(colds), runs: colds.length },
    demo,
    sizes,
    js: measureJsSize(options.distDir, openingRequests),
    duckdbWasmPerPage: wasmPerPage,
  };
}

function medianCold(colds: readonly ColdStart[]): ColdStart {
  return {
    firstFiguresMs: medianOf(colds, (c) => c.firstFiguresMs),
    viewsMarkMs: medianOf(colds, (c) => c.viewsMarkMs),
    mapDrawnMs: medianOf(colds, (c) => c.mapDrawnMs),
    viewsDrawnMs: medianOf(colds, (c) => c.viewsDrawnMs),
    liveMs: medianOf(colds, (c) => c.liveMs),
    prerendered: medianOf(colds, (c) => c.prerendered),
  };
}

/** Steps' times to every chart drawn (`interaction`) and to the screen painted (`onScreen`). */
export interface StepSummaries {
  interaction: Summary;
  onScreen: Summary;
}

function stepSummaries(steps: readonly StepTimes[]): StepSummaries {
  return { interaction: summary(steps.map((s) => s.allDrawn)), onScreen: summary(steps.map((s) => s.painted)) };
}

/** Opens a cold page, measures its start-up, then runs the work on it. */
type OnPage = <T>(work: (page: Page) => Promise<T>) => Promise<T>;

/**
 * The interaction script on the demo extract (no load: the page's own data), and memory before it;
 * then, on the same page, the drawing-only replay.
 */
async function measureDemo({ repeats, thinkMs }: BrowserOptions, onPage: OnPage): Promise<BrowserResults['demo']> {
  const steps: StepTimes[] = [];
  const remembered: StepTimes[] = [];
  const memory: MemorySample[] = [];
  for (let run = 0; run < repeats; run++) {
    await onPage(async (page) => {
      memory.push(await measureMemory(page));
      steps.push(...(await replayInPage(page, INTERACTION_SCRIPT, LIMITS.stepMs, thinkMs)));
      remembered.push(...(await replayRemembered(page, INTERACTION_SCRIPT, LIMITS.stepMs)));
    });
    console.error(`browser: demo extract, run ${run + 1} of ${repeats}`);
  }
  return { ...stepSummaries(steps), drawingOnly: stepSummaries(remembered), memory: medianMemory(memory), runs: repeats };
}

/** One size in one format over the repeats: load, memory after the load, and (if asked) the script. */
async function measureSize(records: number, format: ExtractFormat, interact: boolean, options: BrowserOptions, onPage: OnPage): Promise<BrowserSizeResult> {
  const { repeats, thinkMs } = options;
  const path = await extractPath(records, format); // generated before any timing starts
  const loads: LoadRun[] = [];
  const memory: MemorySample[] = [];
  const steps: StepTimes[] = [];
  let error: string | undefined;
  for (let run = 0; run < repeats && !error; run++) {
    await onPage(async (page) => {
      // A load the app refuses (or that times out) is a result, not a crash: memory is still read.
      const load = await loadFile(page, path).catch((failure: unknown) => void (error = String(failure instanceof Error ? failure.message : failure)));
      memory.push(await measureMemory(page));
      const wasmMB = Math.round((memory.at(-1)!.wasmBytes ?? NaN) / 1e6);
      console.error(`browser: ${records.toLocaleString('en-GB')} ${format}: ${load ? `table ready ${Math.round(load.tableReadyMs)} ms, ${load.rowsAccepted} rows, CPU ${Math.round(load.cpuMs)} ms, longest task ${Math.round(load.longestTaskMs)} ms` : error}; wasm memory ${wasmMB} MB`);
      if (!load) return;
      loads.push(load);
      if (interact) steps.push(...(await replayInPage(page, INTERACTION_SCRIPT, LIMITS.stepMs, thinkMs)));
    });
  }
  return {
    records,
    format,
    runs: repeats,
    tableReadyMs: medianOf(loads, (l) => l.tableReadyMs),
    drawnMs: medianOf(loads, (l) => l.drawnMs),
    coldToDrawnMs: medianOf(loads, (l) => l.coldToDrawnMs),
    rowsAccepted: medianOf(loads, (l) => l.rowsAccepted),
    cpuMs: medianOf(loads, (l) => l.cpuMs),
    longestTaskMs: medianOf(loads, (l) => l.longestTaskMs),
    memory: medianMemory(memory),
    ...(interact && steps.length ? stepSummaries(steps) : { interaction: null, onScreen: null }),
    ...(error ? { error } : {}),
  };
}
