/** What a guarded request settles to: its value, or `stale` when a newer request was made meanwhile. */
export type Guarded<T> = { stale: true } | { stale: false; value: T };

/**
 * A guard for requests where only the newest answer may be shown: each call marks its promise, and a
 * promise that settles after a newer call settles as `{ stale: true }` (its value or error dropped).
 * Filter changes can overtake each other; the engine may answer in any order.
 */
export function latestWins<T>(): (work: Promise<T>) => Promise<Guarded<T>> {
  let newest = 0;
  return (work) => {
    const ticket = ++newest;
    return work.then(
      (value): Guarded<T> => (ticket === newest ? { stale: false, value } : { stale: true }),
      (error: unknown): Guarded<T> => {
        if (ticket !== newest) return { stale: true };
        throw error;
      },
    );
  };
}
