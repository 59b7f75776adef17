/**
 * Promises kept by key, the most recently used first to stay: the one mechanism behind the statement
 * answers a client remembers (src/queries/remembering.ts), the figures a dashboard remembers
 * (src/views/data/figureCache.ts) and the prepared statements a client keeps (statementCache.ts).
 */

/** At most `limit` promises by key, least recently used dropped first (handed to `dropped`); a rejected one is forgotten. */
export function recentPromises<T>(limit: number, dropped?: (value: Promise<T>) => void) {
  const kept = new Map<string, Promise<T>>();
  return {
    /** The promise kept for `key`, now the most recently used; or `make()`'s, kept. */
    get(key: string, make: () => Promise<T>): Promise<T> {
      let value = kept.get(key);
      if (value) kept.delete(key); // re-inserted below: Map order is the recency order
      else {
        const made = make();
        // A failure is not an answer; a later promise under the same key is left alone.
        made.catch(() => kept.get(key) === made && kept.delete(key));
        value = made;
      }
      kept.set(key, value);
      while (kept.size > limit) {
        const [oldest] = kept.keys();
        dropped?.(kept.get(oldest)!);
        kept.delete(oldest);
      }
      return value;
    },
    /** The promise kept for `key`, if any, without using it. */
    peek: (key: string): Promise<T> | undefined => kept.get(key),
    /** Forgets `key`, handing its promise to `dropped`. */
    drop(key: string): void {
      const value = kept.get(key);
      if (value) dropped?.(value);
      kept.delete(key);
    },
    /** Forgets everything, handing each promise to `dropped`. */
    clear(): void {
      for (const value of kept.values()) dropped?.(value);
      kept.clear();
    },
  };
}
