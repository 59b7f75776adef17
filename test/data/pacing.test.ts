/** Long work in steps, giving the page back every ~50 ms of work and stopping when cancelled. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paced, pacer, unpaced, type Steps } from '../../src/data/pacing';

function* countTo(n: number, seen: number[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    seen.push(i);
    yield;
  }
  return n * 10;
}

afterEach(() => vi.restoreAllMocks());

describe('pacing', () => {
  it('runs steps to their result, at once or awaiting the pace at each step', async () => {
    const seen: number[] = [];
    expect(unpaced(countTo(3, seen))).toBe(30);
    let paces = 0;
    expect(await paced(countTo(4, seen), async () => void paces++)).toBe(40);
    expect([seen, paces]).toEqual([[1, 2, 3, 1, 2, 3, 4], 4]);
  });

  it('gives the page back only once the work since it last did reaches the limit', async () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const pace = pacer(undefined, { workMs: 50 });
    now += 49;
    await pace();
    expect(timeout).not.toHaveBeenCalled();
    now += 1;
    await pace();
    expect(timeout).toHaveBeenCalledTimes(1);
    now += 10; // the count starts again from the giving back
    await pace();
    expect(timeout).toHaveBeenCalledTimes(1);
  });

  it('stops cancelled work with the signal\'s reason when it gives the page back', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const work = paced(countTo(5, seen), pacer(controller.signal, { workMs: 0 }));
    controller.abort(new Error('Load cancelled.'));
    await expect(work).rejects.toThrow('Load cancelled.');
    expect(seen).toEqual([1]);
  });
});
