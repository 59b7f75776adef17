/** Structural sharing: equal parts keep the earlier object, changed parts are the new ones, nothing is modified. */
import { describe, expect, it } from 'vitest';
import { keepEqual } from '../../src/views/keepEqual';

const figures = (records: number, trend: number[]) => ({
  headline: { records, victims: 10 },
  trend: trend.map((count, month) => ({ month, count })),
  empty: [] as number[],
  when: new Date(0),
});

describe('keepEqual', () => {
  it('returns the earlier object when the new one is deep-equal to it', () => {
    const before = figures(5, [1, 2, 3]);
    expect(keepEqual([before], figures(5, [1, 2, 3]) as typeof before & { when: Date })).not.toBe(before); // a Date is compared by identity
    const same = { ...figures(5, [1, 2, 3]), when: before.when };
    expect(keepEqual([before], same)).toBe(before);
  });

  it('keeps each equal part and takes each changed one from the new answer', () => {
    const before = figures(5, [1, 2, 3]);
    const next = { ...figures(6, [1, 2, 4]), when: before.when };
    const shared = keepEqual([before], next);
    expect(shared).toEqual(next);
    expect(shared.headline).toBe(next.headline);
    expect(shared.trend).not.toBe(before.trend);
    expect(shared.trend[0]).toBe(before.trend[0]);
    expect(shared.trend[2]).toBe(next.trend[2]);
    expect(shared.empty).toBe(before.empty);
  });

  it('keeps the new object when nothing in it matches, and modifies neither', () => {
    const before = figures(5, [1]);
    const next = figures(7, [9, 9]);
    const frozen = JSON.stringify([before, next]);
    const shared = keepEqual([before], next);
    expect(shared.headline).toBe(next.headline);
    expect(shared.trend).toBe(next.trend);
    expect(JSON.stringify([before, next])).toBe(frozen);
  });

  it('takes a part from whichever earlier answer holds it (London moving between slots)', () => {
    const london = figures(100, [5, 6]);
    const borough = figures(5, [1, 2]);
    expect(keepEqual([borough, london], { ...figures(100, [5, 6]), when: london.when })).toBe(london);
    const mixed = keepEqual([borough, london], { ...figures(5, [5, 6]), when: borough.when });
    expect(mixed.headline).toBe(borough.headline);
    expect(mixed.trend).toBe(london.trend);
  });

  it('handles nulls, lengths and keys that differ', () => {
    expect(keepEqual([null], { a: 1 })).toEqual({ a: 1 });
    expect(keepEqual([{ a: 1 }], null)).toBeNull();
    const before = { list: [1, 2, 3], extra: 1 };
    const next = { list: [1, 2] };
    const shared = keepEqual([before], next);
    expect(shared).toEqual({ list: [1, 2] });
    expect(shared.list).toBe(next.list);
    expect(keepEqual([{ a: Number.NaN }], { a: Number.NaN })).toEqual({ a: Number.NaN });
  });
});
