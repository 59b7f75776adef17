import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { sqlList } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';

describe('Node DbClient', () => {
  let db: DbClient;
  beforeAll(async () => {
    db = await openNodeClient();
  });
  afterAll(() => db.close());

  it('binds parameters instead of pasting them into SQL', async () => {
    const hostile = "x'); DROP TABLE t; --";
    const rows = await db.query<{ v: string; n: number }>('SELECT ?::VARCHAR AS v, ? + 1 AS n', [hostile, 41]);
    expect(rows).toEqual([{ v: hostile, n: 42 }]);
  });

  it('reads a registered CSV file', async () => {
    await db.registerFile('t.csv', new TextEncoder().encode('a,b\n1,x\n2,y\n'));
    const rows = await db.query("SELECT count(*) AS n FROM read_csv('t.csv', header=true)");
    expect(rows[0].n).toBe(2);
  });

  it('passes lists as one parameter', async () => {
    const rows = await db.query<{ n: number }>(
      'SELECT count(*) AS n FROM range(10) r(i) WHERE list_contains(string_split(?, chr(31)), i::VARCHAR)',
      [sqlList([2, 3, 11])],
    );
    expect(rows[0].n).toBe(2);
  });
});
