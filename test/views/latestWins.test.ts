/** The newest request wins, whatever order the answers arrive in. */
import { describe, expect, it } from 'vitest';
import { latestWins } from '../../src/views/data/latestWins';

/** A promise settled by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('latestWins', () => {
  it('drops an answer that arrives after a newer request was made', async () => {
    const guard = latestWins<string>();
    const [older, newer] = [deferred<string>(), deferred<string>()];
    const first = guard(older.promise);
    const second = guard(newer.promise);
    newer.resolve('new');
    older.resolve('old');
    expect(await second).toEqual({ stale: false, value: 'new' });
    expect(await first).toEqual({ stale: true });
  });

  it('passes through the newest error and drops stale ones', async () => {
    const guard = latestWins<string>();
    const [older, newer] = [deferred<string>(), deferred<string>()];
    const first = guard(older.promise);
    const second = guard(newer.promise);
    older.reject(new Error('old failure'));
    newer.reject(new Error('new failure'));
    await expect(first).resolves.toEqual({ stale: true });
    await expect(second).rejects.toThrow('new failure');
  });

  it('delivers every answer when requests do not overlap', async () => {
    const guard = latestWins<number>();
    expect(await guard(Promise.resolve(1))).toEqual({ stale: false, value: 1 });
    expect(await guard(Promise.resolve(2))).toEqual({ stale: false, value: 2 });
  });
});
