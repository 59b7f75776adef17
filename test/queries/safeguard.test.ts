/** SAFEGUARD factor figures (victim-based) over a hand-made extract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { SAFEGUARD_FACTORS } from '../../src/data/format';
import { openNodeClient } from '../../src/data/nodeClient';
import { safeguardFactorCounts, safeguardPrevalence } from '../../src/queries/safeguard';
import type { Cells } from '../helpers/extract';
import { loadRows } from './fixture';

/** Every factor set to `value`, then the given factors overridden. */
const factors = (value: string, overrides: Cells = {}): Cells =>
  ({ ...Object.fromEntries(SAFEGUARD_FACTORS.map((f) => [f.column, value])), ...overrides });

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    // V1: no factors at first, sexual health and gangs at their latest record.
    [1, { victim_id: 'V1', recorded_date: '2014-05-01', ...factors('N') }],
    [2, { victim_id: 'V1', recorded_date: '2014-09-01', ...factors('N', { sf_sexual_health: 'Y', sf_gangs: 'Y' }) }],
    [3, { victim_id: 'V2', ...factors('Y') }],
    [4, { victim_id: 'V3', ...factors('') }],
    [5, { victim_id: 'V4', ...factors('N', { sf_technology: 'Y', sf_gifts_money: '' }) }],
  ]);
});
afterAll(() => db.close());

describe('safeguardPrevalence', () => {
  it('each factor present, recorded, and all victims, in the acronym order', async () => {
    const rows = await safeguardPrevalence(db, {});
    expect(rows.map((r) => r.letter).join('')).toBe('SAFEGUARD');
    expect(rows.map((r) => [r.column, r.present, r.recorded, r.victims])).toEqual([
      ['sf_sexual_health', 2, 3, 4], ['sf_absent_school', 1, 3, 4], ['sf_familial_abuse', 1, 3, 4],
      ['sf_emotional_physical', 1, 3, 4], ['sf_gangs', 2, 3, 4], ['sf_technology', 2, 3, 4],
      ['sf_alcohol_drugs', 1, 3, 4], ['sf_gifts_money', 1, 2, 4], ['sf_distrust_authority', 1, 3, 4],
    ]);
    expect(rows[0].label).toBe('Sexual health');
  });

  it('an empty selection gives zeros, not nulls', async () => {
    const rows = await safeguardPrevalence(db, { fy: '2020/21' });
    expect(rows.every((r) => r.present === 0 && r.recorded === 0 && r.victims === 0)).toBe(true);
  });
});

describe('safeguardFactorCounts', () => {
  it('victims by number of factors present (0…9, every count present)', async () => {
    expect(await safeguardFactorCounts(db, {})).toEqual({
      rows: [
        { factors: 0, victims: 1 }, { factors: 1, victims: 1 }, { factors: 2, victims: 1 }, { factors: 3, victims: 0 },
        { factors: 4, victims: 0 }, { factors: 5, victims: 0 }, { factors: 6, victims: 0 }, { factors: 7, victims: 0 },
        { factors: 8, victims: 0 }, { factors: 9, victims: 1 },
      ],
      noneRecorded: 1,
      total: 4,
    });
  });

  it('follows the filters', async () => {
    const later = await safeguardFactorCounts(db, { from: '2014-06-02' });
    expect(later.rows.filter((r) => r.victims > 0)).toEqual([{ factors: 2, victims: 1 }]);
    const earlier = await safeguardFactorCounts(db, { to: '2014-05-31' });
    expect(earlier.rows.filter((r) => r.victims > 0)).toEqual([{ factors: 0, victims: 1 }]);
    expect(earlier.noneRecorded).toBe(0);
  });
});
