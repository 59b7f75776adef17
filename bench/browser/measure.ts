/**
 * The browser half's measurements on one page: cold start, loading a file through "Open extract…",
 * the interaction script, memory. Every time is read from the page's clock (ms since navigation).
 */
import type { Page } from 'playwright-core';
import { FIRST_FIGURES, VIEWS_DRAWN } from '../../src/views/perfMarks';
import { markTime, paintedAfter, probeTime, probeTimes } from './page';

/** Generous limits: a benchmark on a loaded machine should report slow numbers, not time out. */
export const LIMITS = { startMs: 180_000, loadMs: 900_000, stepMs: 300_000 };

/** Page open → first figures, → every view drawn, → the interactive map, → the live dashboard. */
export interface ColdStart {
  firstFiguresMs: number;
  /** `cse:views-drawn`: every view painted (on the prerendered page, the map as its static drawing). */
  viewsMarkMs: number;
  /** The interactive map's borough shapes first in the DOM (Leaflet draws them once the boundaries arrive). */
  mapDrawnMs: number;
  /** Every view drawn, the map included: the mark on the prerendered page, else the later of the two. */
  viewsDrawnMs: number;
  /** The live dashboard painted: engine ready, demo loaded, figures computed by the engine, filters working. */
  liveMs: number;
  /** 1 when the page arrived prerendered (a number, so medians over runs read as a share). */
  prerendered: number;
}

/** Waits for the demo extract's first figures and every view; times since navigation started. */
export async function coldStart(page: Page): Promise<ColdStart> {
  const firstFiguresMs = await markTime(page, FIRST_FIGURES, LIMITS.startMs);
  const viewsMarkMs = await markTime(page, VIEWS_DRAWN, LIMITS.startMs);
  const mapDrawnMs = await probeTime(page, 'mapDrawnAt', LIMITS.startMs);
  const liveMs = await paintedAfter(page, await probeTime(page, 'engineReadyAt', LIMITS.startMs), LIMITS.startMs);
  const prerendered = (await probeTimes(page)).prerendered ? 1 : 0;
  const viewsDrawnMs = prerendered ? viewsMarkMs : Math.max(viewsMarkMs, mapDrawnMs);
  return { firstFiguresMs, viewsMarkMs, mapDrawnMs, viewsDrawnMs, liveMs, prerendered };
}

/** One load through the file input. */
export interface LoadRun {
  /** File handed over (input `change`) → the load report on screen: the table is built and swapped in. */
  tableReadyMs: number;
  /** File handed over → every view repainted with the new data (`cse:painted`). */
  drawnMs: number;
  /** Page open → the new data drawn (the file was handed over once the demo was drawn). */
  coldToDrawnMs: number;
  /** Rows the app accepted, as its load report says (a check that the whole file was read). */
  rowsAccepted: number;
  /**
   * CPU time the browser spent from the file handed over to the new data drawn, every process and
   * thread (the page, the engine's worker, the garbage collector, the file's reading): on a machine of
   * `n` cores, no load of that much work can take less than this over `n`.
   */
  cpuMs: number;
  /**
   * The longest task on the page's main thread from the file handed over to the new data drawn: the
   * longest the page went without painting or answering a click (Cancel included) during the load.
   */
  longestTaskMs: number;
}

/** The longest of the probe's long tasks that overlap `[from, to]` (0: none over 50 ms). */
async function longestTask(page: Page, from: number, to: number): Promise<number> {
  const tasks = (await probeTimes(page)).longTasks ?? [];
  return tasks.filter(([start, duration]) => start + duration >= from && start <= to).reduce((longest, [, duration]) => Math.max(longest, duration), 0);
}

/** CPU time every process of the page's browser has used so far, in ms (DevTools' SystemInfo domain). */
async function browserCpuMs(page: Page): Promise<number> {
  const session = await page.context().browser()!.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
    return 1000 * processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Waits for the load report or the load error, and fails with the error's sentence. */
async function reportTime(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const times = (globalThis as unknown as { __benchTimes: { reportAt?: number } }).__benchTimes;
    const error = document.querySelector('[data-testid="load-error"]');
    return times.reportAt ?? (error ? `error: ${error.textContent}` : undefined);
  }, null, { timeout: LIMITS.loadMs, polling: 200 });
  const value = await handle.jsonValue();
  if (typeof value === 'string') throw new Error(`The app refused the extract: ${value}`);
  return value as number;
}

/** Hands the file at `path` to the app's "Open extract…" input and times the load and redraw. */
export async function loadFile(page: Page, path: string): Promise<LoadRun> {
  const cpuBefore = await browserCpuMs(page);
  await page.getByTestId('extract-input').setInputFiles(path, { timeout: LIMITS.loadMs });
  const changeAt = await probeTime(page, 'changeAt', LIMITS.loadMs);
  const reportAt = await reportTime(page);
  const paintedAt = await paintedAfter(page, changeAt, LIMITS.loadMs);
  const cpuMs = (await browserCpuMs(page)) - cpuBefore;
  const accepted = (await page.getByTestId('rows-accepted').textContent()) ?? '';
  return {
    tableReadyMs: reportAt - changeAt,
    drawnMs: paintedAt - changeAt,
    coldToDrawnMs: paintedAt,
    rowsAccepted: Number(accepted.replace(/[^0-9]/g, '')),
    cpuMs,
    longestTaskMs: await longestTask(page, changeAt, paintedAt),
  };
}

/** The engine's version as the app's footer shows it (e.g. `v1.4.3`). */
export async function engineVersion(page: Page): Promise<string> {
  return ((await page.getByTestId('engine-version').textContent({ timeout: LIMITS.startMs })) ?? '').trim();
}
