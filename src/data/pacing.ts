/**
 * Long work on the page's own thread, in steps. A load checks rows and builds the records' columns in
 * the page; done in one go, a million records held the page for over a second and five million for
 * nine (no paint, no Cancel). Work written as steps (a generator: each `yield` is a point where the
 * page may be given back) runs `paced` during a load, giving the page back once ~50 ms of work have
 * passed since it last did, or `unpaced` (at once) elsewhere.
 */

/** Work between two givings-back of the page, in ms: short enough for a progress bar to move smoothly. */
export const WORK_MS = 50;

/** Work in steps, returning a `T` at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Awaited between steps of a load: gives the page back when it is time to, and stops a cancelled load. */
export type Pace = () => Promise<void>;

/** Lets the page run (paint, Cancel), then stops a cancelled load. */
export async function breathe(signal?: AbortSignal): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
}

/**
 * A `Pace` that gives the page back once `workMs` (WORK_MS) have passed since it last did, checks
 * `signal` then, and calls `givenBack` (e.g. to report progress) before the next stretch of work.
 */
export function pacer(signal?: AbortSignal, { givenBack, workMs = WORK_MS }: { givenBack?: () => void; workMs?: number } = {}): Pace {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < workMs) return;
    await breathe(signal);
    givenBack?.();
    since = performance.now();
  };
}

/** Runs `steps` to their result, awaiting `pace` at each step. */
export async function paced<T>(steps: Steps<T>, pace: Pace): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pace();
  }
}

/** Runs `steps` to their result at once. */
export function unpaced<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
