/** Kept prepared statements: planned once, dropped whenever the schema may change, never stale. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { statementCache } from '../../src/data/statementCache';

/** Prepared statements that say when they were prepared and closed. */
function recorder() {
  const events: string[] = [];
  const cache = statementCache((sql: string) => {
    events.push(`prepare ${sql}`);
    return { sql, close: () => events.push(`close ${sql}`) };
  }, 2);
  return { events, cache };
}

describe('statementCache', () => {
  it('prepares a read once and hands the same statement back', async () => {
    const { events, cache } = recorder();
    const first = await cache.statementFor('SELECT 1');
    const again = await cache.statementFor('  with x AS (SELECT 1) SELECT * FROM x');
    expect(await cache.statementFor('SELECT 1')).toBe(first);
    expect(again).not.toBe(first);
    expect(events.filter((e) => e.startsWith('prepare'))).toHaveLength(2);
  });

  it('keeps no other statement and drops every kept one before it', async () => {
    const { events, cache } = recorder();
    await cache.statementFor('SELECT 1');
    expect(cache.statementFor('CREATE TABLE t AS SELECT ?')).toBeUndefined();
    await Promise.resolve();
    expect(events).toContain('close SELECT 1');
    cache.unprepared('SELECT 2');
    cache.unprepared('DROP TABLE t');
    expect(events.filter((e) => e.startsWith('prepare'))).toEqual(['prepare SELECT 1']);
  });

  it('closes the least recently used past its limit, and a forgotten statement', async () => {
    const { events, cache } = recorder();
    await cache.statementFor('SELECT 1');
    await cache.statementFor('SELECT 2');
    await cache.statementFor('SELECT 1');
    await cache.statementFor('SELECT 3');
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toContain('close SELECT 2');
    expect(events).not.toContain('close SELECT 1');
    cache.forget('SELECT 3');
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toContain('close SELECT 3');
  });
});

describe('the Node client’s kept statements', () => {
  let db: DbClient;
  beforeAll(async () => {
    db = await openNodeClient();
  });
  afterAll(() => db.close());

  it('answer from the table as it is now, after it was replaced', async () => {
    await db.exec('CREATE OR REPLACE TABLE kept_t AS SELECT * FROM range(5) AS r(v)');
    const sql = 'SELECT count(*)::INTEGER AS n FROM kept_t WHERE v >= ?';
    expect(await db.query(sql, [2])).toEqual([{ n: 3 }]);
    expect(await db.query(sql, [4])).toEqual([{ n: 1 }]);
    await db.exec('CREATE OR REPLACE TABLE kept_t AS SELECT (v * 10)::VARCHAR AS v FROM range(5) AS r(v)');
    expect(await db.query(sql, ['30'])).toEqual([{ n: 2 }]);
  });

  it('fail as the engine does, and the next call prepares again', async () => {
    await db.exec('CREATE OR REPLACE TABLE kept_u AS SELECT 1 AS v');
    const sql = 'SELECT v + ? AS w FROM kept_u';
    expect(await db.query(sql, [1])).toEqual([{ w: 2 }]);
    await expect(db.query(sql, ['not a number'])).rejects.toThrow();
    expect(await db.query(sql, [2])).toEqual([{ w: 3 }]);
  });

  it('prepare a read ahead of its first run, and keep none that cannot be prepared', async () => {
    const sql = 'SELECT count(*)::INTEGER AS n FROM kept_later WHERE v >= ?';
    await expect(db.prepare(sql)).rejects.toThrow(/kept_later/);
    await db.exec('CREATE OR REPLACE TABLE kept_later AS SELECT * FROM range(4) AS r(v)');
    await db.prepare(sql);
    expect(await db.query(sql, [1])).toEqual([{ n: 3 }]);
  });
});
