/** Missing-episode figures (victim-based, latest record in the selection) over a hand-made extract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import {
  categoriesByMissing, EPISODE_BINS, lookedAfterByMissing, missingByCategory, missingEpisodeDistribution,
} from '../../src/queries/missing';
import { loadRows } from './fixture';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    // V1's first record (Category 1, never missing) is superseded by their latest (Category 3, 4 episodes).
    [1, { victim_id: 'V1', recorded_date: '2014-05-01', missing_episodes_12m: '0', looked_after: 'N' }],
    [2, { victim_id: 'V1', recorded_date: '2014-08-01', cse_category: '3', missing_episodes_12m: '4', looked_after: 'Y' }],
    [3, { victim_id: 'V2', missing_episodes_12m: '0', looked_after: 'N' }],
    [4, { victim_id: 'V3', missing_episodes_12m: '20', looked_after: 'Y' }],
    [5, { victim_id: 'V4', cse_category: '2', looked_after: 'Y' }],
    [6, { victim_id: 'V5', cse_category: '2', missing_episodes_12m: '1' }],
    [7, { victim_id: 'V6', missing_episodes_12m: '15', looked_after: 'N' }],
    [8, { victim_id: 'V7', recorded_date: '2013-12-01', missing_episodes_12m: '2', looked_after: 'N' }],
  ]);
});
afterAll(() => db.close());

const FY = { fy: '2014/15' };

describe('missingByCategory', () => {
  it("by the category of each victim's latest record; unknown counts only in victims", async () => {
    expect(await missingByCategory(db, FY)).toEqual([
      { category: 1, missing: 2, known: 3, victims: 3 },
      { category: 2, missing: 1, known: 1, victims: 2 },
      { category: 3, missing: 1, known: 1, victims: 1 },
    ]);
    expect((await missingByCategory(db, {}))[0]).toEqual({ category: 1, missing: 3, known: 4, victims: 4 });
    expect(await missingByCategory(db, { fy: '2020/21' })).toEqual([
      { category: 1, missing: 0, known: 0, victims: 0 }, { category: 2, missing: 0, known: 0, victims: 0 },
      { category: 3, missing: 0, known: 0, victims: 0 },
    ]);
  });
});

describe('categoriesByMissing', () => {
  it('categories of victims with and without episodes', async () => {
    expect(await categoriesByMissing(db, FY)).toEqual({
      missing: { counts: { '1': 2, '2': 1, '3': 1 }, total: 4 },
      notMissing: { counts: { '1': 1, '2': 0, '3': 0 }, total: 1 },
    });
  });
});

describe('missingEpisodeDistribution', () => {
  it('bins 0 to 14 and 15+, every bin present, unknown apart', async () => {
    const distribution = await missingEpisodeDistribution(db, FY);
    expect(distribution.rows.map((r) => r.episodes)).toEqual([...EPISODE_BINS]);
    expect(distribution.rows.filter((r) => r.victims > 0)).toEqual([
      { episodes: '0', victims: 1 }, { episodes: '1', victims: 1 }, { episodes: '4', victims: 1 }, { episodes: '15+', victims: 2 },
    ]);
    expect([distribution.unknown, distribution.total]).toEqual([1, 6]);
    const all = await missingEpisodeDistribution(db, {});
    expect(all.rows.find((r) => r.episodes === '2')!.victims).toBe(1);
    expect(all.total).toBe(7);
  });
});

describe('lookedAfterByMissing', () => {
  it('looked-after children among missing and not-missing victims', async () => {
    expect(await lookedAfterByMissing(db, FY)).toEqual({
      missing: { lookedAfter: 2, known: 3, total: 4 },
      notMissing: { lookedAfter: 0, known: 1, total: 1 },
    });
    expect(await lookedAfterByMissing(db, { fy: '2020/21' })).toEqual({
      missing: { lookedAfter: 0, known: 0, total: 0 }, notMissing: { lookedAfter: 0, known: 0, total: 0 },
    });
  });
});
