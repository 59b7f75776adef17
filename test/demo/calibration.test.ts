/**
 * The demo extract reproduces the MOPAC Challenge pack (10 June 2015) for FY 2014/15. Every target is
 * measured through the query layer over the real engine, exactly as the dashboard and reports do.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import type { LoadReport } from '../../src/data/loadReport';
import { openNodeClient } from '../../src/data/nodeClient';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { countBy, type CountRow } from '../../src/queries/counts';
import type { Filters } from '../../src/queries/filters';
import { computeFigures, type Figures } from '../../src/report/figures';

const FY = { fy: '2014/15' } satisfies Filters;
const code = (name: string) => BOROUGHS.find((b) => b.name === name)!.code;
const share = (part: number, whole: number) => part / whole;
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Median of a distribution given as count rows with numeric keys (unknowns left out). */
function median(rows: CountRow[]): number {
  const known = rows.filter((r) => r.key !== null).map((r) => ({ value: Number(r.key), count: r.count }));
  known.sort((a, b) => a.value - b.value);
  const half = known.reduce((sum, r) => sum + r.count, 0) / 2;
  let seen = 0;
  for (const row of known) if ((seen += row.count) >= half) return row.value;
  return NaN;
}

let db: DbClient;
let load: LoadReport;
let figures: Figures;
beforeAll(async () => {
  db = await openNodeClient();
  load = await loadExtract(db, { name: 'demo-extract.csv', bytes: new Uint8Array(await readFile('data/demo-extract.csv')) });
  figures = await computeFigures(db, FY, load);
});
afterAll(() => db.close());

describe('demo extract', () => {
  it('loads whole: every row accepted, 1 Oct 2013 to 31 Mar 2016', () => {
    expect(load.rowsRejected).toBe(0);
    expect(load.rowsAccepted).toBe(load.rowsRead);
    expect(load.dateRange).toEqual({ from: '2013-10-01', to: '2016-03-31' });
    expect(load.warnings).toEqual([]);
  });
});

describe('FY 2014/15 reproduces the MOPAC Challenge pack', () => {
  it('1,852 flagged records', () => expect(figures.records).toBe(1852));

  it('7 in 10 Category 1, and FY 2013/14 in similar proportions', async () => {
    expect(share(figures.by_category['1'], figures.records)).toBeGreaterThanOrEqual(0.67);
    expect(share(figures.by_category['1'], figures.records)).toBeLessThanOrEqual(0.73);
    const earlier = await computeFigures(db, { fy: '2013/14' }, load);
    expect(share(earlier.by_category['1'], earlier.records)).toBeGreaterThanOrEqual(0.67);
    expect(share(earlier.by_category['1'], earlier.records)).toBeLessThanOrEqual(0.73);
  });

  it('70 online records, 45% in East London, 70% Category 1', async () => {
    expect(figures.online_records).toBe(70);
    const online = await computeFigures(db, { ...FY, online: true }, load);
    const east = BOROUGHS.filter((b) => b.subregion === 'East').reduce((sum, b) => sum + online.by_offence_borough[b.code], 0);
    expect(share(east, 70)).toBeGreaterThanOrEqual(0.44);
    expect(share(east, 70)).toBeLessThanOrEqual(0.46);
    expect(share(online.by_category['1'], 70)).toBeCloseTo(0.7, 2);
  });

  it('offences led by Barking and Dagenham, Newham, Lambeth; east and south inner London above the west', () => {
    const counts = figures.by_offence_borough;
    const ranked = BOROUGHS.map((b) => b.code).sort((a, b) => counts[b] - counts[a]);
    expect(ranked.slice(0, 3)).toEqual([code('Barking and Dagenham'), code('Newham'), code('Lambeth')]);
    for (const name of ['Southwark', 'Tower Hamlets', 'Waltham Forest']) expect(counts[code(name)]).toBeGreaterThan(80);
    const mean = (region: string) => {
      const members = BOROUGHS.filter((b) => b.subregion === region);
      return members.reduce((sum, b) => sum + counts[b.code], 0) / members.length;
    };
    expect(mean('East')).toBeGreaterThan(mean('West'));
    expect(mean('Central')).toBeGreaterThan(mean('West'));
  });

  it("victims' homes led by Newham, Southwark, Barking and Dagenham; Ealing the only West borough over 80; 5% outside London", () => {
    const homes = figures.by_victim_home_borough;
    const ranked = BOROUGHS.map((b) => b.code).sort((a, b) => homes[b] - homes[a]);
    expect(ranked.slice(0, 3)).toEqual([code('Newham'), code('Southwark'), code('Barking and Dagenham')]);
    const westOver80 = BOROUGHS.filter((b) => b.subregion === 'West' && homes[b.code] > 80).map((b) => b.name);
    expect(westOver80).toEqual(['Ealing']);
    expect(share(homes.outside_london, figures.victims)).toBeGreaterThanOrEqual(0.04);
    expect(share(homes.outside_london, figures.victims)).toBeLessThanOrEqual(0.06);
  });

  it('9 in 10 victims female; of female victims one in four aged 15 and one in five aged 14', () => {
    expect(share(figures.victims_by_gender.female, figures.victims)).toBeGreaterThanOrEqual(0.88);
    expect(share(figures.victims_by_gender.female, figures.victims)).toBeLessThanOrEqual(0.92);
    const female = total(figures.female_victims_by_age);
    expect(female).toBe(figures.victims_by_gender.female);
    expect(share(figures.female_victims_by_age['15'], female)).toBeGreaterThanOrEqual(0.23);
    expect(share(figures.female_victims_by_age['15'], female)).toBeLessThanOrEqual(0.27);
    expect(share(figures.female_victims_by_age['14'], female)).toBeGreaterThanOrEqual(0.18);
    expect(share(figures.female_victims_by_age['14'], female)).toBeLessThanOrEqual(0.22);
  });

  it('suspects mostly male and of a similar age to victims', async () => {
    const genders = await countBy(db, FY, 'records', 'suspect_gender');
    const known = genders.filter((r) => r.key !== 'unknown');
    const male = known.find((r) => r.key === 'male')!.count;
    expect(share(male, known.reduce((s, r) => s + r.count, 0))).toBeGreaterThanOrEqual(0.8);
    const suspectMedian = median(await countBy(db, FY, 'records', 'suspect_age'));
    const victimMedian = median(await countBy(db, FY, 'victims', 'victim_age'));
    expect(Math.abs(suspectMedian - victimMedian)).toBeLessThanOrEqual(5);
  });

  it('a relationship on 30% of records: 42% acquaintance, 24% intimate, 6% familial', () => {
    const { not_recorded: missing, ...recorded } = figures.relationship;
    const withRelationship = total(recorded);
    expect(share(withRelationship, figures.records)).toBeGreaterThanOrEqual(0.28);
    expect(share(withRelationship, figures.records)).toBeLessThanOrEqual(0.32);
    expect(missing + withRelationship).toBe(figures.records);
    expect(share(recorded.acquaintance, withRelationship)).toBeCloseTo(0.42, 1);
    expect(Math.abs(share(recorded.acquaintance, withRelationship) - 0.42)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(share(recorded.intimate, withRelationship) - 0.24)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(share(recorded.familial, withRelationship) - 0.06)).toBeLessThanOrEqual(0.02);
  });

  it('two thirds of victims missing in the 12 months before, some more than 15 times', async () => {
    const { missing, not_missing: notMissing } = figures.victims_missing_12m;
    expect(share(missing, missing + notMissing)).toBeGreaterThanOrEqual(0.63);
    expect(share(missing, missing + notMissing)).toBeLessThanOrEqual(0.7);
    const episodes = await countBy(db, FY, 'victims', 'missing_episodes_12m');
    const over15 = episodes.filter((r) => Number(r.key) > 15).reduce((s, r) => s + r.count, 0);
    expect(over15).toBeGreaterThanOrEqual(10);
  });

  it('many missing victims looked after', async () => {
    const missing = await countBy(db, { ...FY }, 'victims', 'looked_after');
    const lookedAfter = missing.find((r) => r.key === 'true')?.count ?? 0;
    expect(lookedAfter).toBeGreaterThan(0.1 * figures.victims);
  });

  it('two thirds investigated by borough (TP) units, the rest by CAIT, Sapphire and others', () => {
    const units = figures.by_investigating_unit;
    expect(share(units.borough, figures.records)).toBeGreaterThanOrEqual(0.63);
    expect(share(units.borough, figures.records)).toBeLessThanOrEqual(0.7);
    for (const unit of ['cait', 'sapphire', 'other'] as const) expect(units[unit]).toBeGreaterThan(0);
  });

  it('phone calls the most frequent referral route, social services the second', () => {
    const { not_recorded: _, ...routes } = figures.by_referral_source;
    const ranked = Object.entries(routes).sort((a, b) => b[1] - a[1]).map(([route]) => route);
    expect(ranked.slice(0, 2)).toEqual(['phone_call', 'social_services']);
  });
});
