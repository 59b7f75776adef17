import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { rememberingClient } from '../../src/queries/remembering';

describe('rememberingClient', () => {
  let db: DbClient;
  const asked: string[] = [];
  let counting: DbClient;
  beforeAll(async () => {
    db = await openNodeClient();
    counting = { ...db, query: (sql, params) => (asked.push(`${sql} ${JSON.stringify(params ?? [])}`), db.query(sql, params)) };
  });
  afterAll(() => db.close());

  it('runs a statement once per SQL text and parameters, and answers repeats from the first answer', async () => {
    asked.length = 0;
    const client = rememberingClient(counting);
    const [a, b, c] = await Promise.all([client.query('SELECT ? + 1 AS n', [1]), client.query('SELECT ? + 1 AS n', [1]), client.query('SELECT ? + 1 AS n', [2])]);
    expect([a, b, c]).toEqual([[{ n: 2 }], [{ n: 2 }], [{ n: 3 }]]);
    expect(asked).toHaveLength(2);
  });

  it('keeps the most recently used answers up to its limit', async () => {
    asked.length = 0;
    const client = rememberingClient(counting, 2);
    for (const n of [1, 2, 1, 3, 1, 2]) await client.query('SELECT ?::INTEGER AS n', [n]);
    // 1 and 2 asked; 1 answered; 3 asked (2 dropped, the least recent); 1 answered; 2 asked again.
    expect(asked.map((line) => line.slice(-3))).toEqual(['[1]', '[2]', '[3]', '[2]']);
  });

  it('does not remember a failure', async () => {
    asked.length = 0;
    const client = rememberingClient(counting);
    await expect(client.query('SELECT * FROM no_such_table')).rejects.toThrow();
    await expect(client.query('SELECT * FROM no_such_table')).rejects.toThrow();
    expect(asked).toHaveLength(2);
  });
});
