/** Borough figures, sub-region totals and the funnel plot over a hand-made extract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { boroughFigures, subregionTotals } from '../../src/queries/boroughs';
import { funnelLimit, funnelPlotData, funnelPopulations } from '../../src/queries/funnel';
import { CODE, loadRows } from './fixture';

/** Children aged 0–17 in all 33 boroughs (the reference data's sum). */
const LONDON_CHILDREN = 1_899_880;
const children = (code: string) => BOROUGHS.find((b) => b.code === code)!.children;

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    [1, { victim_id: 'V1', offence_borough: 'Newham', victim_home_borough: 'Newham' }],
    [2, { victim_id: 'V2', offence_borough: 'Newham', victim_home_borough: 'Outside London' }],
    [3, { victim_id: 'V3', offence_borough: 'Newham' }],
    [4, { victim_id: 'V4', offence_borough: 'Lambeth', victim_home_borough: 'Lambeth', cse_category: '2' }],
    [5, { victim_id: 'V5', offence_borough: 'Lambeth', victim_home_borough: 'Newham' }],
    [6, { victim_id: 'V6', victim_home_borough: 'Lambeth' }],
    // V1's latest record in 2014/15: they now live in Westminster.
    [7, { victim_id: 'V1', recorded_date: '2014-08-01', offence_borough: 'City of London', victim_home_borough: 'Westminster' }],
    [8, { victim_id: 'V7', recorded_date: '2013-06-01', offence_borough: 'Newham', victim_home_borough: 'Newham' }],
  ]);
});
afterAll(() => db.close());

describe('boroughFigures', () => {
  it('records by offence borough: all 33 boroughs, counts, rates, shared ranks, London rate', async () => {
    const figures = await boroughFigures(db, { fy: '2014/15' }, 'offence');
    expect(figures.boroughs.map((b) => b.code)).toEqual(BOROUGHS.map((b) => b.code));
    const at = (code: string) => figures.boroughs.find((b) => b.code === code)!;
    expect([at(CODE.newham).count, at(CODE.lambeth).count, at(CODE.city).count, at(CODE.barnet).count]).toEqual([3, 2, 1, 0]);
    expect([at(CODE.newham).rank, at(CODE.lambeth).rank, at(CODE.city).rank, at(CODE.barnet).rank]).toEqual([1, 2, 3, 4]);
    expect(figures.boroughs.filter((b) => b.rank === 4)).toHaveLength(30);
    expect(at(CODE.newham)).toMatchObject({ name: 'Newham', subregion: 'East', children: 83_467 });
    expect(at(CODE.newham).ratePer10k).toBeCloseTo((3 / 83_467) * 10_000, 12);
    expect(at(CODE.city).ratePer10k).toBeCloseTo((1 / 642) * 10_000, 12);
    // The unknown offence location counts in no borough and not in London's rate.
    expect(figures.londonCount).toBe(6);
    expect(figures.londonChildren).toBe(LONDON_CHILDREN);
    expect(figures.londonRate).toBeCloseTo((6 / LONDON_CHILDREN) * 10_000, 12);
  });

  it('95% intervals are the exact Poisson interval of the count, as rates', async () => {
    const figures = await boroughFigures(db, { fy: '2014/15' }, 'offence');
    const asCount = (code: string) => {
      const { ci95 } = figures.boroughs.find((b) => b.code === code)!;
      return [ci95.low * children(code) / 10_000, ci95.high * children(code) / 10_000];
    };
    const [newhamLow, newhamHigh] = asCount(CODE.newham);
    expect(newhamLow).toBeCloseTo(0.618672, 5);
    expect(newhamHigh).toBeCloseTo(8.767273, 5);
    const [barnetLow, barnetHigh] = asCount(CODE.barnet);
    expect(barnetLow).toBe(0);
    expect(barnetHigh).toBeCloseTo(3.688879, 5);
  });

  it("victims by home borough from each victim's latest record; ties share a rank", async () => {
    const figures = await boroughFigures(db, { fy: '2014/15' }, 'home');
    const at = (code: string) => figures.boroughs.find((b) => b.code === code)!;
    expect([at(CODE.lambeth).count, at(CODE.newham).count, at(CODE.westminster).count]).toEqual([2, 1, 1]);
    expect([at(CODE.lambeth).rank, at(CODE.newham).rank, at(CODE.westminster).rank, at(CODE.barnet).rank]).toEqual([1, 2, 2, 4]);
    expect(figures.londonCount).toBe(4);
  });

  it('follows the filters', async () => {
    const all = await boroughFigures(db, {}, 'home');
    expect(all.boroughs.filter((b) => b.rank === 1).map((b) => [b.code, b.count])).toEqual([[CODE.lambeth, 2], [CODE.newham, 2]]);
    const category2 = await boroughFigures(db, { fy: '2014/15', categories: [2] }, 'offence');
    expect(category2.boroughs.filter((b) => b.count > 0).map((b) => [b.code, b.count])).toEqual([[CODE.lambeth, 1]]);
  });

  it('an empty selection: every borough zero, all ranked 1', async () => {
    const empty = await boroughFigures(db, { fy: '2020/21' }, 'offence');
    expect(empty.boroughs.every((b) => b.count === 0 && b.rank === 1 && b.ratePer10k === 0)).toBe(true);
    expect(empty.londonRate).toBe(0);
  });
});

describe('subregionTotals', () => {
  it('records by offence sub-region, with unknown locations apart', async () => {
    expect(await subregionTotals(db, { fy: '2014/15' }, 'offence')).toEqual({
      basis: 'offence',
      counts: { Central: 3, East: 3, North: 0, South: 0, West: 0, outside_london: 0, unknown: 1, not_recorded: 0 },
      total: 7,
    });
  });

  it('victims by home sub-region, with outside London and not recorded apart', async () => {
    expect(await subregionTotals(db, { fy: '2014/15' }, 'home')).toEqual({
      basis: 'home',
      counts: { Central: 3, East: 1, North: 0, South: 0, West: 0, outside_london: 1, unknown: 0, not_recorded: 1 },
      total: 6,
    });
  });

  it('rejects an unknown basis', async () => {
    await expect(subregionTotals(db, {}, 'work' as never)).rejects.toThrow('Unknown basis');
  });
});

describe('funnelPlotData', () => {
  it('limits around London’s rate over populations from the smallest to the largest borough', async () => {
    const funnel = await funnelPlotData(db, { fy: '2014/15' }, 'offence', 5);
    expect(funnel.londonRate).toBeCloseTo((6 / LONDON_CHILDREN) * 10_000, 12);
    expect(funnel.boroughs).toHaveLength(33);
    expect(funnel.boroughs.find((b) => b.code === CODE.newham)).toEqual({
      code: CODE.newham, name: 'Newham', subregion: 'East', count: 3, children: 83_467, ratePer10k: (3 / 83_467) * 10_000,
    });
    // 0.9 × 642 (the City) to 1.1 × 92,218 (Barnet), evenly on a log scale.
    expect(funnel.limits.map((l) => l.children)).toEqual(funnelPopulations(5));
    expect(funnelPopulations(5)[0]).toBe(578);
    expect(funnelPopulations(5)[4]).toBe(101_440);
    for (const limit of funnel.limits) {
      expect(limit.expected).toBeCloseTo((funnel.londonRate / 10_000) * limit.children, 12);
      expect(limit.lower998).toBeLessThanOrEqual(limit.lower95);
      expect(limit.lower95).toBeLessThanOrEqual(limit.upper95);
      expect(limit.upper95).toBeLessThan(limit.upper998);
      expect(limit.upper998).toBeGreaterThan(funnel.londonRate);
    }
    // At 101,440 children λ = 0.3204: the 97.5% quantile is 2 − (F(2) − 0.975) / (F(2) − F(1)) = 1.4447 records.
    expect(funnel.limits[4].upper95).toBeCloseTo((1.444750 / 101_440) * 10_000, 5);
    // At 578 children λ = 0.0018 and P(0) = 0.9982 ≥ 0.975: the 97.5% quantile of the count is 0, below the
    // mean, so a single record there is beyond the 95% limit (this happens only with a tiny London rate).
    expect(funnel.limits[0].upper95).toBe(0);
  });

  it('at an expected count of 10 the limits are the interpolated Poisson quantiles, as rates', () => {
    // London rate 10 per 10,000 and 10,000 children: λ = 10, so rates equal counts.
    const limit = funnelLimit(10, 10_000);
    expect(limit.expected).toBe(10);
    expect(limit.lower95).toBeCloseTo(3.775188, 5);
    expect(limit.upper95).toBeCloseTo(16.159951, 5);
    expect(limit.lower998).toBeCloseTo(1.220529, 5);
    expect(limit.upper998).toBeCloseTo(20.662001, 5);
  });

  it('needs at least two points', async () => {
    await expect(funnelPlotData(db, {}, 'home', 1)).rejects.toThrow('at least 2 points');
  });
});
