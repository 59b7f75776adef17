/** A refresh's figures: the remembering path gives exactly the plain path's, however calls interleave; London's context. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { allFigures, dashboardData, londonContext } from '../../src/queries/dashboard';
import type { Filters } from '../../src/queries/filters';
import { selectedRecords, selectedVictims } from '../../src/queries/selection';
import { openDemoDb } from '../helpers/demoDb';

let db: DbClient;
beforeAll(async () => {
  db = await openDemoDb();
});
afterAll(() => db.close());

const SELECTIONS: Filters[] = [
  { fy: '2014/15' },
  { fy: '2014/15', offenceBorough: 'E09000025', categories: [1, 2] },
  { homeBorough: 'outside_london', gender: 'female', ageBands: ['14-15'] },
  { fy: '2014/15', offenceBorough: 'E09000001', online: true, recordType: 'crime' },
];

/** A client that counts the statements it runs. */
function counting(inner: DbClient): DbClient & { statements: number } {
  const client = { ...inner, statements: 0 } as DbClient & { statements: number };
  client.query = (sql, params) => {
    client.statements++;
    return inner.query(sql, params);
  };
  return client;
}

describe('dashboardData', () => {
  it.each(SELECTIONS)('gives the plain path’s figures for %o', async (filters) => {
    expect(await dashboardData(db, filters)).toEqual(await allFigures(db, filters));
  });

  it('keeps concurrent calls apart', async () => {
    const [a, b] = await Promise.all([dashboardData(db, SELECTIONS[0]), dashboardData(db, SELECTIONS[1])]);
    expect(a.headline.current.records).toBe(1852);
    expect(b).toEqual(await allFigures(db, SELECTIONS[1]));
  });

  it('runs a query several figures share once, and copies no selection into a table', async () => {
    const remembered = counting(db);
    const plain = counting(db);
    await dashboardData(remembered, SELECTIONS[1]);
    await allFigures(plain, SELECTIONS[1]);
    expect(remembered.statements).toBeLessThan(plain.statements);
    const tables = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE 'cse_sel%'`);
    expect(tables[0].n).toBe(0);
  });
});

/** Selections with victims in them, each filtering on a different kind of column. */
const WITH_VICTIMS: Filters[] = [...SELECTIONS.slice(0, 3), { fy: '2015/16', online: true, recordType: 'crime' }];

describe('selectedVictims', () => {
  it.each(WITH_VICTIMS)('describes each victim by their latest record in the selection %o', async (filters) => {
    const records = selectedRecords(filters);
    const victims = selectedVictims(filters);
    const [row] = await db.query<{ victims: number; distinct: number; outside: number; stale: number }>(
      `${victims.sql} SELECT (SELECT count(*) FROM victims)::INTEGER AS victims,
         (SELECT count(DISTINCT victim_id) FROM selected)::INTEGER AS "distinct",
         (SELECT count(*) FROM victims ANTI JOIN selected USING (record_id))::INTEGER AS outside,
         (SELECT count(*) FROM victims AS v JOIN selected AS s ON s.victim_id = v.victim_id
            AND (s.recorded_at, s.record_id) > (v.recorded_at, v.record_id))::INTEGER AS stale`,
      victims.params,
    );
    // `selected` is the same CTE in both, so a query may read either unit.
    expect(victims.params.slice(0, records.params.length)).toEqual(records.params);
    expect(row.victims).toBe(row.distinct);
    expect(row.victims).toBeGreaterThan(0);
    expect(row.outside).toBe(0);
    expect(row.stale).toBe(0);
  });

  it('picks the latest record within the selection, not the victim\'s latest overall', async () => {
    // Victims with records in several boroughs: in one borough their latest record there is chosen.
    const [moved] = await db.query<{ victim_id: string; borough: string; latest: string }>(
      `SELECT victim_id, offence_borough::VARCHAR AS borough, max(record_id) FILTER (WHERE rank = 1) AS latest FROM (
         SELECT *, row_number() OVER (PARTITION BY victim_id, offence_borough ORDER BY recorded_at DESC, record_id DESC) AS rank,
           max(recorded_at) OVER (PARTITION BY victim_id) AS last_anywhere
         FROM records) WHERE recorded_at < last_anywhere GROUP BY ALL ORDER BY victim_id LIMIT 1`);
    expect(moved).toBeDefined();
    const victims = selectedVictims({ offenceBorough: moved.borough });
    const rows = await db.query<{ record_id: string }>(`${victims.sql} SELECT record_id FROM victims WHERE victim_id = ?`, [...victims.params, moved.victim_id]);
    expect(rows).toEqual([{ record_id: moved.latest }]);
  });
});

describe('londonContext', () => {
  it('gives the same London figures as dashboardData, in fewer statements', async () => {
    const filters: Filters = { fy: '2014/15', categories: [1, 2] };
    const full = counting(db);
    const context = counting(db);
    const all = await dashboardData(full, filters);
    const london = await londonContext(context, filters);
    expect(london).toEqual({
      headline: { current: all.headline.current }, boroughs: all.boroughs, funnel: all.funnel,
      categories: { overall: all.categories.overall }, online: { totals: all.online.totals },
      victims: { female: all.victims.female }, suspects: { relationships: all.suspects.relationships },
    });
    expect(context.statements).toBe(2);
    expect(full.statements).toBeGreaterThan(context.statements);
  });
});
