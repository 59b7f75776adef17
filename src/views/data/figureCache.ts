/**
 * Figures remembered by the selection they were computed for. One cache belongs to one version of the
 * loaded data (the dashboard is remounted after every load, and makes a new one), so an answer can
 * never outlive the records it was computed from.
 */
import { recentPromises } from '../../data/recentPromises';
import type { Filters } from '../../queries/filters';

/** Looks figures up by kind and selection, computing them once. */
export interface FigureCache {
  /** The figures of `kind` for `filters`: remembered, or computed by `compute` (a failure is not remembered). */
  get<T>(kind: string, filters: Filters, compute: () => Promise<T>): Promise<T>;
  /** The figures of `kind` for `filters` if remembered (computed or still computing), without computing them. */
  peek<T>(kind: string, filters: Filters): Promise<T> | undefined;
}

/** A key that is the same for equal selections, however their properties were ordered or left undefined. */
export function selectionKey(kind: string, filters: Filters): string {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => [name, Array.isArray(value) ? [...value].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${kind}:${JSON.stringify(entries)}`;
}

/** A cache of the `limit` most recently used selections (a few dozen: each holds one refresh's figures). */
export function figureCache(limit = 32): FigureCache {
  const entries = recentPromises<unknown>(limit);
  return {
    get<T>(kind: string, filters: Filters, compute: () => Promise<T>): Promise<T> {
      return entries.get(selectionKey(kind, filters), compute) as Promise<T>;
    },
    peek<T>(kind: string, filters: Filters): Promise<T> | undefined {
      return entries.peek(selectionKey(kind, filters)) as Promise<T> | undefined;
    },
  };
}
