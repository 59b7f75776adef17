/**
 * The names and helpers of the benchmark's User Timing marks (perfMarks.ts), with no React, so the page's
 * first script (main.tsx) can take them before the app's code has loaded.
 */
import type { Filters } from '../queries/filters';

/** Mark name: the headline figures were first painted. */
export const FIRST_FIGURES = 'cse:first-figures';
/** Mark name: every view was first drawn. */
export const VIEWS_DRAWN = 'cse:views-drawn';
/**
 * Mark name: a refresh was painted (every view's figures, and the charts on screen or near it); its
 * detail is a {@link PaintedDetail}.
 */
export const PAINTED = 'cse:painted';
/** Mark name: every chart of a refresh was drawn, the ones far from the screen too (see drawScheduler.ts). */
export const ALL_DRAWN = 'cse:all-drawn';

/** The detail of every mark: which selection the painted figures belong to. */
export interface PaintedDetail {
  key: string;
}

/**
 * A stable text key for a selection: fields in alphabetical order, absent fields left out, lists
 * sorted. Equal selections give equal keys however they were built (a URL, a click, the bench script).
 */
export function filtersKey(filters: Filters): string {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, Array.isArray(value) ? [...value].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

/**
 * Runs `callback` once the frame showing the latest commit has been painted: the animation-frame
 * callback runs just before that frame's paint, and a task queued from it runs just after.
 */
export function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

