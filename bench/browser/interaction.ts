/**
 * The 30-step interaction script (bench/interactionScript.ts, the same one the Node half replays)
 * applied in the page through the app's URL: each step pushes the step's link and fires `popstate`, as
 * Back/Forward does, and is timed from just before that to two marks of that selection: `cse:painted`
 * (every view's figures and the charts on screen painted) and `cse:all-drawn` (every chart drawn, those
 * far below the screen too). The next step starts only after the second, so steps never overlap.
 */
import type { Page } from 'playwright-core';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import type { Filters } from '../../src/queries/filters';
import { filtersToSearch, searchToFilters, type ViewState } from '../../src/views/urlState';
import { filtersKey } from '../../src/views/perfMarks';

/** One step as the page receives it: the link, and the key of the selection the app will paint. */
export interface UrlStep {
  search: string;
  key: string;
}

/**
 * The link for a selection and the key of what the app reads back from it. A home borough is written
 * with `basis=home`. A link can only name one of the 33 boroughs, so a step the URL cannot express
 * (home borough `outside_london`) becomes "all of London" in the page: the key says so, and the step
 * is still timed (a refresh of every view).
 */
export function urlStep(filters: Filters): UrlStep {
  const state: ViewState = { filters, basis: filters.homeBorough ? 'home' : 'offence' };
  const search = filtersToSearch(state);
  const byName = (text: string) => BOROUGHS.find((borough) => borough.name === text)?.code ?? null;
  return { search, key: filtersKey(searchToFilters(search, { resolveBorough: byName }).filters) };
}

/** One step's times from the link pushed, in ms. */
export interface StepTimes {
  /** To `cse:painted`: every view's figures, and the charts on screen, painted. */
  painted: number;
  /** To `cse:all-drawn`: every chart drawn. */
  allDrawn: number;
}

/** In the page: pushes the link, fires popstate, resolves with ms until that selection's two marks. */
function applyStep({ search, key, timeoutMs }: UrlStep & { timeoutMs: number }): Promise<StepTimes> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const seen = new Map<string, number>();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime < start || (entry as PerformanceMark).detail?.key !== key) continue;
        if (!seen.has(entry.name)) seen.set(entry.name, entry.startTime - start);
      }
      const painted = seen.get('cse:painted');
      const allDrawn = seen.get('cse:all-drawn');
      if (painted === undefined || allDrawn === undefined) return;
      observer.disconnect();
      resolve({ painted, allDrawn });
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => reject(new Error(`no paint for ${search} within ${timeoutMs} ms`)), timeoutMs);
    history.pushState(null, '', search);
    dispatchEvent(new PopStateEvent('popstate'));
  });
}

/**
 * The script's steps that change the selection as the page reads it back, each with the step before:
 * the transitions the drawing-only replay times.
 */
export function scriptTransitions(script: readonly Filters[]): [Filters, Filters][] {
  const pairs: [Filters, Filters][] = [];
  for (let i = 1; i < script.length; i++) {
    if (urlStep(script[i - 1]).key !== urlStep(script[i]).key) pairs.push([script[i - 1], script[i]]);
  }
  return pairs;
}

/**
 * What drawing alone costs: each transition of `script` replayed once both of its selections' figures
 * are remembered by the page (A, B, A, then B timed), so the timed step asks the engine nothing and
 * its time is the page's own: React, the charts, style, layout and paint.
 */
export async function replayRemembered(page: Page, script: readonly Filters[], timeoutMs: number): Promise<StepTimes[]> {
  const steps: StepTimes[] = [];
  for (const [before, after] of scriptTransitions(script)) {
    for (const filters of [before, after, before]) await page.evaluate(applyStep, { ...urlStep(filters), timeoutMs });
    steps.push(await page.evaluate(applyStep, { ...urlStep(after), timeoutMs }));
  }
  return steps;
}

/** Replays `script` in the page, pausing `thinkMs` after each step; the times of each step. */
export async function replayInPage(page: Page, script: readonly Filters[], timeoutMs: number, thinkMs = 0): Promise<StepTimes[]> {
  const steps: StepTimes[] = [];
  for (const filters of script) {
    steps.push(await page.evaluate(applyStep, { ...urlStep(filters), timeoutMs }));
    if (thinkMs > 0) await page.waitForTimeout(thinkMs);
  }
  return steps;
}
