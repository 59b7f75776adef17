import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrowRows, readArrowIpc } from '../../src/data/arrow/ipc';
import { openNodeEngine, type NodeBindings } from '../../src/data/nodeClient';
import { referenceRows } from '../helpers/arrow';

describe('Arrow IPC reader', () => {
  let engine: Awaited<ReturnType<typeof openNodeEngine>>;
  let bindings: NodeBindings;
  const run = (sql: string) => bindings.runQuery(engine.id, sql);
  beforeAll(async () => {
    engine = await openNodeEngine();
    bindings = engine.bindings;
    run("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')");
  });
  afterAll(() => engine.conn.close());

  const cases: Record<string, string> = {
    integers: `SELECT i::TINYINT a, (i * 300)::SMALLINT b, (i * 70000)::INTEGER c, (i * 5000000000)::BIGINT d, i::UTINYINT e,
      (i * 300)::USMALLINT f, (i * 70000)::UINTEGER g, (i * 5000000000)::UBIGINT h, (-i)::HUGEINT k FROM range(0, 4) t(i)`,
    signed: 'SELECT (-i)::TINYINT a, (-i * 300)::SMALLINT b, (-i * 70000)::INTEGER c, (-i * 5000000000)::BIGINT d FROM range(0, 4) t(i)',
    floats: "SELECT 1.5::FLOAT a, -2.25::DOUBLE b, 3.25::DECIMAL(10,2) c, 'NaN'::DOUBLE d, 1e300 e",
    text: "SELECT s, length(s) AS n FROM (VALUES (''), ('ascii'), ('Barking & Dagenham'), ('héllo wörld, ünïcode of some length here'), ('€'), (NULL)) t(s)",
    booleans: 'SELECT b, NOT b AS nb FROM (VALUES (true), (false), (NULL), (true), (true), (false), (true), (false), (true)) t(b)',
    dates: "SELECT DATE '2014-04-01' a, TIMESTAMP '2014-04-01 10:20:30' b, DATE '1969-12-31' c, TIMESTAMP '2016-03-31 23:59:59.123' d, TIME '10:00' e",
    enums: "SELECT m::mood AS m, count(*)::INTEGER AS n FROM (VALUES ('ok'), ('sad'), ('ok'), (NULL)) t(m) GROUP BY ALL ORDER BY m NULLS LAST",
    nulls: 'SELECT NULL AS a, NULL::INTEGER AS b, NULL::VARCHAR AS c, NULL::DATE AS d',
    lists: "SELECT [1, 2, NULL] a, ['x', NULL] b, [] :: INTEGER[] c, NULL::INTEGER[] d, [[1], [2, 3]] e",
    structs: "SELECT {'p': 1, 'q': 'z'} a, {'r': {'s': [1, 2]}} b, NULL::STRUCT(x INTEGER) c",
    empty: "SELECT 1 AS a, 'x' AS s, [1] AS l, {'a': 1} AS t WHERE false",
    many: 'SELECT i, i::VARCHAR AS s, i % 3 = 0 AS b FROM range(5000) t(i)',
    grouped: `SELECT grouping_id(a, b)::INTEGER AS g, CAST(a AS VARCHAR) AS k0, CAST(b AS VARCHAR) AS k1, count(*)::INTEGER AS n
      FROM (SELECT i % 3 AS a, i % 2 = 0 AS b FROM range(100) t(i)) GROUP BY GROUPING SETS ((a), (a, b))`,
  };

  for (const [name, sql] of Object.entries(cases)) {
    it(`reads ${name} as Apache Arrow does`, () => {
      const bytes = run(sql);
      const rows = arrowRows(readArrowIpc(bytes));
      expect(rows).toEqual(referenceRows(bytes));
      if (name !== 'empty') expect(rows.length).toBeGreaterThan(0);
    });
  }

  it('reads results of several record batches (above the engine\'s batch size) in order', () => {
    const bytes = run('SELECT i, i * 2 AS j FROM range(300000) t(i)');
    const result = readArrowIpc(bytes);
    expect(result.length).toBe(300000);
    expect(result.columns[0][299999]).toBe(299999);
    expect(result.columns[1].slice(0, 3)).toEqual([0, 2, 4]);
  });

  it('names the type it cannot read', () => {
    expect(() => readArrowIpc(run("SELECT union_value(k := 1) AS u"))).toThrow(/Arrow type Union/);
  });
});
