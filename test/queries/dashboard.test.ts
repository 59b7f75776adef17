/**
 * dashboardData over the real demo extract (4,788 rows): the published FY 2014/15 totals, and every
 * figure consistent with the others (parts sum to wholes, shares to 1, victims to the headline).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { openNodeClient } from '../../src/data/nodeClient';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { dashboardData, type DashboardData } from '../../src/queries/dashboard';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const values = (counts: Record<string, number>) => Object.values(counts);

/** Every leaf of a result: a view must only ever receive plain numbers, strings, booleans and nulls. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
  }
  return [[path, value]];
}

let db: DbClient;
let fy: DashboardData;
let all: DashboardData;
beforeAll(async () => {
  db = await openNodeClient();
  const load = await loadExtract(db, { name: 'demo-extract.csv', bytes: new Uint8Array(await readFile('data/demo-extract.csv')) });
  expect(load.rowsAccepted).toBe(4788);
  fy = await dashboardData(db, { fy: '2014/15' });
  all = await dashboardData(db, {});
});
afterAll(() => db.close());

describe('dashboardData over the demo extract', () => {
  it('returns plain values only: finite numbers, no BigInt, no Date', () => {
    for (const data of [fy, all]) {
      for (const [path, leaf] of leaves(data)) {
        expect(['number', 'string', 'boolean'].includes(typeof leaf) || leaf === null, path).toBe(true);
        if (typeof leaf === 'number') expect(Number.isFinite(leaf), path).toBe(true);
      }
    }
  });

  it('headline: 1,852 records in FY 2014/15, compared with a partly covered 2013/14', () => {
    expect(fy.headline.current.records).toBe(1852);
    expect(fy.headline.current.onlineRecords).toBe(70);
    expect(fy.headline.previousFy).toBe('2013/14');
    expect(fy.headline.previous!.records).toBe(806);
    expect(fy.headline.previousPartial).toBe(true);
    expect(all.headline.current.records).toBe(4788);
    expect(all.headline.previous).toBeNull();
  });

  it('categories: counts sum to the total, shares to 1, every month and year consistent', () => {
    const { overall, byFy, byMonth } = fy.categories;
    expect(overall.total).toBe(1852);
    expect(sum(values(overall.counts))).toBe(1852);
    expect(sum(values(overall.counts).map((n) => n / overall.total))).toBeCloseTo(1, 12);
    expect(overall.counts['1']).toBe(fy.headline.current.category1Records);
    expect(byFy.map((r) => [r.period, r.count])).toEqual([['2014/15', overall.counts['1']], ['2014/15', overall.counts['2']], ['2014/15', overall.counts['3']]]);
    expect(byMonth).toHaveLength(36);
    expect(sum(byMonth.map((r) => r.count))).toBe(1852);
    for (let i = 0; i < byMonth.length; i += 3) expect(sum(byMonth.slice(i, i + 3).map((r) => r.count))).toBe(byMonth[i].total);
    expect(all.categories.byFy.map((r) => r.period)).toEqual(['2013/14', '2013/14', '2013/14', '2014/15', '2014/15', '2014/15', '2015/16', '2015/16', '2015/16']);
  });

  it('outcomes: suspicion + crime = records in every period', () => {
    for (const row of [...fy.outcomes.byMonth, ...all.outcomes.byFy]) expect(row.suspicion + row.crime).toBe(row.records);
    expect(sum(fy.outcomes.byMonth.map((r) => r.records))).toBe(1852);
    expect(fy.outcomes.byFy).toHaveLength(1);
  });

  it('trend: 12 months summing to the year; across all years the March 2015 rolling sum is the year', () => {
    expect(fy.trend).toHaveLength(12);
    expect(sum(fy.trend.map((r) => r.records))).toBe(1852);
    expect(fy.trend[11].rolling12).toBe(1852);
    expect(all.trend).toHaveLength(30);
    expect(all.trend.find((r) => r.month === '2015-03-01')!.rolling12).toBe(1852);
    expect(all.trend.find((r) => r.month === '2016-03-01')!.rolling12).toBe(2130);
  });

  it('boroughs: per-borough counts sum to the total minus the places the map cannot show', () => {
    const { offence, home, offenceSubregions, homeSubregions } = fy.boroughs;
    expect(offence.boroughs).toHaveLength(33);
    expect(sum(offence.boroughs.map((b) => b.count))).toBe(1852 - offenceSubregions.counts.unknown);
    expect(offence.londonCount).toBe(1852 - offenceSubregions.counts.unknown);
    expect(offence.boroughs.find((b) => b.rank === 1)!.name).toBe('Barking and Dagenham');
    const victims = fy.headline.current.victims;
    expect(homeSubregions.total).toBe(victims);
    expect(sum(home.boroughs.map((b) => b.count))).toBe(victims - homeSubregions.counts.outside_london - homeSubregions.counts.not_recorded);
    expect(home.boroughs.find((b) => b.rank === 1)!.name).toBe('Newham');
    for (const totals of [offenceSubregions, homeSubregions]) expect(sum(values(totals.counts))).toBe(totals.total);
    const east = BOROUGHS.filter((b) => b.subregion === 'East').map((b) => b.code);
    expect(offenceSubregions.counts.East).toBe(sum(offence.boroughs.filter((b) => east.includes(b.code)).map((b) => b.count)));
    for (const b of offence.boroughs) {
      expect(b.ci95.low).toBeLessThanOrEqual(b.ratePer10k);
      expect(b.ci95.high).toBeGreaterThan(b.ratePer10k);
    }
  });

  it('funnel: the same boroughs and London rate, limits bracketing London at every population', () => {
    const { offence } = fy.funnel;
    expect(offence.londonRate).toBe(fy.boroughs.offence.londonRate);
    expect(offence.boroughs.map((b) => b.count)).toEqual(fy.boroughs.offence.boroughs.map((b) => b.count));
    expect(offence.limits).toHaveLength(60);
    for (const limit of offence.limits) {
      expect(limit.lower998).toBeLessThanOrEqual(limit.lower95);
      expect(limit.lower95).toBeLessThan(offence.londonRate);
      expect(limit.upper95).toBeGreaterThan(offence.londonRate);
      expect(limit.upper998).toBeGreaterThan(limit.upper95);
    }
  });

  it('online: 70 records, 45% in East London, 70% Category 1', () => {
    const { totals, byCategory, bySubregion, byFy } = fy.online;
    expect(totals.online + totals.notOnline + totals.notRecorded).toBe(totals.total);
    expect([totals.online, byCategory.total, bySubregion.total]).toEqual([70, 70, 70]);
    expect(sum(bySubregion.rows.map((r) => r.share!))).toBeCloseTo(1, 12);
    expect(bySubregion.rows.find((r) => r.key === 'East')!.share).toBeCloseTo(0.45, 1);
    expect(byCategory.counts['1'] / 70).toBeCloseTo(0.7, 1);
    expect(byFy).toEqual([{ fy: '2014/15', online: 70, records: 1852, notRecorded: totals.notRecorded }]);
  });

  it('victims: female share and pyramid over the same victims', () => {
    const victims = fy.headline.current.victims;
    expect(fy.victims.female).toEqual({ count: fy.headline.current.femaleVictims, total: victims });
    expect(sum(fy.victims.pyramid.map((r) => r.victims))).toBe(victims);
    expect(fy.victims.modalFemaleAge.age).toBe(15);
    expect(fy.victims.modalFemaleAge.total).toBe(fy.headline.current.femaleVictims);
  });

  it('suspects: genders and relationships over all records, ages over the pairs', () => {
    const { genders, ages, agePairs, relationships } = fy.suspects;
    expect(genders.total).toBe(1852);
    expect(sum(values(genders.counts))).toBe(1852);
    expect(ages.records).toBe(sum(agePairs.map((p) => p.records)));
    expect(sum(ages.bands.map((b) => b.victims))).toBe(ages.records);
    expect(sum(ages.bands.map((b) => b.suspects))).toBe(ages.records);
    expect(relationships.total).toBe(1852);
    expect(sum(values(relationships.counts))).toBe(relationships.recorded);
    expect(relationships.recorded / relationships.total).toBeCloseTo(0.3, 1);
  });

  it('missing: every view partitions the same victims', () => {
    const { byCategory, episodes, lookedAfter, categories } = fy.missing;
    const { victims, victimsMissing, victimsMissingKnown } = fy.headline.current;
    expect(sum(byCategory.map((r) => r.victims))).toBe(victims);
    expect(sum(byCategory.map((r) => r.missing))).toBe(victimsMissing);
    expect(sum(byCategory.map((r) => r.known))).toBe(victimsMissingKnown);
    expect(episodes.total).toBe(victims);
    expect(sum(episodes.rows.map((r) => r.victims)) + episodes.unknown).toBe(victims);
    expect(episodes.unknown).toBe(victims - victimsMissingKnown);
    expect(episodes.rows[0].victims).toBe(victimsMissingKnown - victimsMissing);
    expect([lookedAfter.missing.total, categories.missing.total]).toEqual([victimsMissing, victimsMissing]);
    expect(lookedAfter.notMissing.total + lookedAfter.missing.total).toBe(victimsMissingKnown);
  });

  it('routes: recorded + not recorded = records, shares of recorded sum to 1', () => {
    for (const routes of [fy.routes.referral, fy.routes.units]) {
      expect(routes.recorded + routes.notRecorded).toBe(routes.total);
      expect(routes.total).toBe(1852);
      expect(sum(routes.rows.map((r) => r.shareOfRecorded!))).toBeCloseTo(1, 12);
    }
    expect(fy.routes.referral.rows.slice(0, 2).map((r) => r.key)).toEqual(['phone_call', 'social_services']);
    expect(fy.routes.units.rows[0].key).toBe('borough');
  });

  it('safeguard: every factor over the same victims; factor counts partition them', () => {
    const victims = fy.headline.current.victims;
    expect(fy.safeguard.prevalence).toHaveLength(9);
    for (const factor of fy.safeguard.prevalence) {
      expect(factor.victims).toBe(victims);
      expect(factor.present).toBeLessThanOrEqual(factor.recorded);
    }
    expect(fy.safeguard.factorCounts.total).toBe(victims);
    expect(sum(fy.safeguard.factorCounts.rows.map((r) => r.victims))).toBe(victims);
    const present = sum(fy.safeguard.prevalence.map((f) => f.present));
    expect(sum(fy.safeguard.factorCounts.rows.map((r) => r.factors * r.victims))).toBe(present);
  });
});
