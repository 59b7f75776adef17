/** Victim-based figures (each child once, by their latest record in the selection) over a hand-made extract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { femaleVictimShare, modalVictimAge, victimsByAgeAndGender } from '../../src/queries/victims';
import { loadRows } from './fixture';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    // V1 was 14 at their first record and 15 at their latest.
    [1, { victim_id: 'V1', recorded_date: '2014-05-01', victim_age: '14' }],
    [2, { victim_id: 'V1', recorded_date: '2014-09-01', victim_age: '15' }],
    [3, { victim_id: 'V2', victim_age: '15' }],
    [4, { victim_id: 'V3', victim_age: '14' }],
    [5, { victim_id: 'V4', victim_age: '15', victim_gender: 'male' }],
    [6, { victim_id: 'V5' }],
    [7, { victim_id: 'V6', recorded_date: '2014-10-01', victim_age: '16', victim_gender: '' }],
    [8, { victim_id: 'V7', recorded_date: '2015-05-01', victim_age: '14' }],
  ]);
});
afterAll(() => db.close());

describe('femaleVictimShare', () => {
  it('female victims of all victims', async () => {
    expect(await femaleVictimShare(db, { fy: '2014/15' })).toEqual({ count: 4, total: 6 });
    expect(await femaleVictimShare(db, {})).toEqual({ count: 5, total: 7 });
    expect(await femaleVictimShare(db, { gender: 'male' })).toEqual({ count: 0, total: 1 });
    expect(await femaleVictimShare(db, { fy: '2020/21' })).toEqual({ count: 0, total: 0 });
  });
});

describe('modalVictimAge', () => {
  it("uses each victim's latest age: V1 counts at 15, not 14", async () => {
    expect(await modalVictimAge(db, { fy: '2014/15' })).toEqual({ age: 15, count: 2, knownAge: 3, total: 4 });
  });

  it('keeps the younger age on a tie', async () => {
    // All years: female ages 15 (V1, V2), 14 (V3, V7), unknown (V5).
    expect(await modalVictimAge(db, {})).toEqual({ age: 14, count: 2, knownAge: 4, total: 5 });
  });

  it('other genders, all victims, and an empty selection', async () => {
    expect(await modalVictimAge(db, { fy: '2014/15' }, 'male')).toEqual({ age: 15, count: 1, knownAge: 1, total: 1 });
    expect(await modalVictimAge(db, { fy: '2014/15' }, 'all')).toEqual({ age: 15, count: 3, knownAge: 5, total: 6 });
    expect(await modalVictimAge(db, { fy: '2020/21' })).toEqual({ age: null, count: 0, knownAge: 0, total: 0 });
    await expect(modalVictimAge(db, {}, 'girl' as never)).rejects.toThrow('Unknown gender');
  });
});

describe('victimsByAgeAndGender', () => {
  it('the pyramid, ages ascending and unknown age last', async () => {
    expect(await victimsByAgeAndGender(db, { fy: '2014/15' })).toEqual([
      { age: 14, gender: 'female', victims: 1 },
      { age: 15, gender: 'female', victims: 2 },
      { age: 15, gender: 'male', victims: 1 },
      { age: 16, gender: 'unknown', victims: 1 },
      { age: null, gender: 'female', victims: 1 },
    ]);
  });
});
