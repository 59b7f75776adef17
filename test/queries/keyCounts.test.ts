/**
 * Batched counts: however the breakdowns asked together are planned into grouping sets, each comes out
 * as a plain GROUP BY of its own gives it, in the same order.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { keyValues, planGroupingSets } from '../../src/queries/groupingPlan';
import { tupleCounts, type TupleCount, type Unit } from '../../src/queries/keyCounts';
import type { KeyName } from '../../src/queries/keys';
import { selectedRecords, selectedVictims } from '../../src/queries/selection';
import { openDemoDb } from '../helpers/demoDb';

let db: DbClient;
beforeAll(async () => {
  db = await openDemoDb();
});
afterAll(() => db.close());

const KEYS: KeyName[] = ['cse_category', 'online', 'offence_borough', 'victim_gender', 'suspect_gender', 'victim_age',
  'suspect_relationship', 'referral_source', 'missing_status', 'episode_bin', 'looked_after', 'safeguard_pattern', 'fy'];

/** The same counts from one GROUP BY, ordered as tupleCounts promises: largest first, then keys as text, nulls last. */
async function plainCounts(unit: Unit, keys: readonly KeyName[]): Promise<TupleCount[]> {
  const cte = unit === 'records' ? selectedRecords({ fy: '2014/15' }) : selectedVictims({ fy: '2014/15' });
  const rows = await db.query<Record<string, string | number | null>>(
    `${cte.sql} SELECT ${keys.map((key, i) => `CAST(${key} AS VARCHAR) AS k${i}`).join(', ')}, count(*)::INTEGER AS n,
       count(*) FILTER (WHERE online)::INTEGER AS o
     FROM ${unit === 'records' ? 'selected' : 'victims'} GROUP BY ALL ORDER BY n DESC, ${keys.map((_, i) => `k${i}`).join(', ')}`,
    cte.params);
  return rows.map((row) => ({ keys: keys.map((_, i) => row[`k${i}`] as string | null), count: row.n as number, online: row.o as number }));
}

describe('planGroupingSets', () => {
  it('puts keys with few values in one set, within the limit, and every tuple in a set holding its keys', () => {
    const tuples = [['cse_category'], ['online'], ['offence_borough'], ['victim_age', 'suspect_age'], ['suspect_gender']];
    const plan = planGroupingSets(tuples);
    expect(plan.sets.length).toBeLessThan(tuples.length);
    for (const tuple of tuples) expect(plan.sets[plan.setOf.get(tuple.join(','))!]).toEqual(expect.arrayContaining(tuple));
    for (const set of plan.sets.filter((s) => s.length > 1 && !s.includes('suspect_age'))) {
      expect(set.reduce((n, key) => n * keyValues(key), 1)).toBeLessThanOrEqual(512);
    }
    // Unbounded keys (a financial year) never share.
    expect(planGroupingSets([['fy'], ['online']]).sets).toEqual([['fy'], ['online']]);
  });
});

describe('tupleCounts', () => {
  it('gives each breakdown asked together what a GROUP BY of its own gives', async () => {
    const tuple = fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 2 });
    await fc.assert(fc.asyncProperty(fc.constantFrom<Unit>('records', 'victims'), fc.array(tuple, { minLength: 1, maxLength: 6 }), async (unit, tuples) => {
      const batched = await Promise.all(tuples.map((keys) => tupleCounts(db, { fy: '2014/15' }, unit, keys)));
      for (const [i, keys] of tuples.entries()) expect(batched[i]).toEqual(await plainCounts(unit, keys));
    }), { numRuns: 25 });
  });
});
