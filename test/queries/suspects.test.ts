/** Suspect figures over a hand-made extract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { ageComparison, agePairs, relationships, suspectGenders, weightedMedian } from '../../src/queries/suspects';
import { loadRows } from './fixture';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    [1, { victim_age: '14', suspect_age: '15', suspect_gender: 'male', suspect_relationship: 'acquaintance' }],
    [2, { victim_age: '15', suspect_age: '30', suspect_gender: 'male', suspect_relationship: 'Intimate/ex-intimate', cse_category: '2' }],
    [3, { victim_age: '13', suspect_age: '13', suspect_gender: 'female', suspect_relationship: 'acquaintance' }],
    [4, { victim_age: '15' }],
    [5, { suspect_age: '40', suspect_gender: 'male', suspect_relationship: 'family' }],
    [6, { victim_age: '16', suspect_age: '17', suspect_gender: 'male' }],
    [7, { victim_age: '14', suspect_age: '15', suspect_gender: 'male', suspect_relationship: 'acquaintance' }],
  ]);
});
afterAll(() => db.close());

describe('suspectGenders', () => {
  it('records by suspect gender, blank as unknown', async () => {
    expect(await suspectGenders(db, {})).toEqual({ counts: { female: 1, male: 5, other: 0, unknown: 1 }, total: 7 });
  });
});

describe('agePairs and ageComparison', () => {
  it('pairs of known ages with their record counts', async () => {
    expect(await agePairs(db, {})).toEqual([
      { victimAge: 13, suspectAge: 13, records: 1 },
      { victimAge: 14, suspectAge: 15, records: 2 },
      { victimAge: 15, suspectAge: 30, records: 1 },
      { victimAge: 16, suspectAge: 17, records: 1 },
    ]);
  });

  it('bands, medians and peer measures over the records with both ages known', async () => {
    const comparison = await ageComparison(db, {});
    expect(comparison).toMatchObject({
      records: 5, total: 7,
      // Victims 13, 14, 14, 15, 16; suspects 13, 15, 15, 17, 30; gaps 0, 1, 1, 15, 1.
      medianVictimAge: 14, medianSuspectAge: 15, medianGap: 1, suspectUnder18: 4, withinThreeYears: 4,
    });
    expect(comparison.bands).toEqual([
      { band: 'under 12', victims: 0, suspects: 0 }, { band: '12–13', victims: 1, suspects: 1 },
      { band: '14–15', victims: 3, suspects: 2 }, { band: '16–17', victims: 1, suspects: 1 },
      { band: '18–20', victims: 0, suspects: 0 }, { band: '21–24', victims: 0, suspects: 0 },
      { band: '25–34', victims: 0, suspects: 1 }, { band: '35–44', victims: 0, suspects: 0 },
      { band: '45 and over', victims: 0, suspects: 0 },
    ]);
  });

  it('follows the filters; an empty selection has no medians', async () => {
    expect(await ageComparison(db, { categories: [2] })).toMatchObject({
      records: 1, total: 1, medianVictimAge: 15, medianSuspectAge: 30, medianGap: 15, suspectUnder18: 0, withinThreeYears: 0,
    });
    expect(await ageComparison(db, { fy: '2020/21' })).toMatchObject({
      records: 0, total: 0, medianVictimAge: null, medianSuspectAge: null, medianGap: null,
    });
  });

  it('weighted median: middle value, or the mean of the two middle values', () => {
    expect(weightedMedian([[13, 1], [14, 1], [15, 1], [16, 1]])).toBe(14.5);
    expect(weightedMedian([[20, 1], [10, 3]])).toBe(10);
    expect(weightedMedian([[1, 2], [3, 2]])).toBe(2);
    expect(weightedMedian([[5, 0]])).toBeNull();
  });
});

describe('relationships', () => {
  it('share recorded and the breakdown of those recorded', async () => {
    expect(await relationships(db, {})).toEqual({
      recorded: 5, total: 7, counts: { acquaintance: 3, intimate: 1, familial: 1, stranger: 0, other: 0 },
    });
    expect(await relationships(db, { fy: '2020/21' })).toEqual({
      recorded: 0, total: 0, counts: { acquaintance: 0, intimate: 0, familial: 0, stranger: 0, other: 0 },
    });
  });
});
