/**
 * Figures remembered by the selection they were computed for. One cache belongs to one version of the
 * loaded data (the dashboard is remounted after every load, and makes a new one), so an answer can
 * never outlive the records it was computed from.
 */
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
  const entries = new Map<string, Promise<unknown>>();
  return {
    get<T>(kind: string, filters: Filters, compute: () => Promise<T>): Promise<T> {
      const key = selectionKey(kind, filters);
      const known = entries.get(key);
      if (known) {
        entries.delete(key); // re-inserted below: Map order is the recency order
        entries.set(key, known);
        return known as Promise<T>;
      }
      const computed = compute();
      entries.set(key, computed);
      computed.catch(() => entries.delete(key));
      while (entries.size > limit) entries.delete(entries.keys().next().value as string);
      return computed;
    },
    peek<T>(kind: string, filters: Filters): Promise<T> | undefined {
      return entries.get(selectionKey(kind, filters)) as Promise<T> | undefined;
    },
  };
}
