import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient, Row, SqlParam } from '../../src/data/client';
import { LIST_SEPARATOR } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { openApp, type App } from './app';
import { BUILT_APP } from './server';

/**
 * The browser client in real Chromium returns exactly the rows the Node client returns.
 * The app's own lazily loaded `browserClient` chunk is imported in the page, so this is the
 * production build's module (and its single engine), not a test copy.
 */
const chunk = readdirSync(resolve(BUILT_APP, 'assets')).find((f) => /^browserClient-.*\.js$/.test(f));

/** `window` in the page, once the chunk's exports have been put on it. */
type PageWindow = { browserClientModule: typeof import('../../src/data/browserClient') };

const CASES: { name: string; sql: string; params?: SqlParam[] }[] = [
  { name: 'hostile text is bound, not pasted', sql: 'SELECT ?::VARCHAR AS v, ? + 1 AS n', params: ["x'); DROP TABLE t; --", 41] },
  { name: 'booleans and nulls bind', sql: 'SELECT ?::BOOLEAN AS b, ?::INTEGER AS missing', params: [true, null] },
  { name: 'BIGINT and DECIMAL come back as numbers', sql: 'SELECT 9007199254740991::BIGINT AS big, 12.25::DECIMAL(10,2) AS dec, count(*) AS n FROM range(3)' },
  { name: 'DATE and TIMESTAMP come back alike', sql: "SELECT DATE '2024-02-29' AS d, TIMESTAMP '2024-02-29 13:45:00' AS ts" },
  {
    name: 'lists travel as one parameter',
    sql: 'SELECT count(*) AS n FROM range(10) r(i) WHERE list_contains(string_split(?, chr(31)), i::VARCHAR)',
    params: [['2', '3', '11'].join(LIST_SEPARATOR)],
  },
  { name: 'a registered CSV is readable', sql: "SELECT a, b FROM read_csv('parity.csv', header=true) ORDER BY a" },
];

describe('browser DbClient (Chromium) matches the Node DbClient', () => {
  it('finds the app\'s browserClient chunk in the build', () => {
    // A renamed chunk must fail here, not silently skip the comparisons below.
    expect(chunk).toBeDefined();
  });

  let app: App;
  let node: DbClient;
  const csv = 'a,b\n1,x\n2,y\n';

  beforeAll(async () => {
    [app, node] = await Promise.all([openApp(), openNodeClient()]);
    // An inline module script would be refused by the app's Content-Security-Policy (scripts from the app's
    // files only), so the chunk is imported by an expression evaluated through DevTools; it is a string so
    // that vitest does not rewrite its import().
    await app.page.evaluate(`import('./assets/${chunk}').then((m) => { window.browserClientModule = m; })`);
    await app.page.waitForFunction(() => 'browserClientModule' in window);
    await node.registerFile('parity.csv', new TextEncoder().encode(csv));
  });
  afterAll(async () => {
    await node?.close();
    await app?.close();
  });

  it('opens one engine however often it is asked for', async () => {
    const same = await app.page.evaluate(async () => {
      const { openBrowserClient } = (window as unknown as PageWindow).browserClientModule;
      const [a, b] = await Promise.all([openBrowserClient(), openBrowserClient()]);
      const c = await openBrowserClient();
      const bytes = new TextEncoder().encode('a,b\n1,x\n2,y\n');
      await a.registerFile('parity.csv', bytes);
      return a === b && b === c && bytes.byteLength > 0;
    });
    expect(same).toBe(true);
  });

  it.each(CASES)('$name', async ({ sql, params }) => {
    const browserRows = await app.page.evaluate(
      async ([sql, params]) => {
        const db = await (window as unknown as PageWindow).browserClientModule.openBrowserClient();
        return (await db.query(sql, params)) as unknown;
      },
      [sql, params ?? []] as const,
    );
    const nodeRows: Row[] = await node.query(sql, params ?? []);
    expect(browserRows).toEqual(nodeRows);
  });

  it('reads back a file the engine wrote', async () => {
    const text = await app.page.evaluate(async () => {
      const db = await (window as unknown as PageWindow).browserClientModule.openBrowserClient();
      await db.exec("COPY (SELECT 1 AS a, 'x' AS b) TO 'written.csv' (HEADER)");
      const bytes = await db.readFile('written.csv');
      await db.dropFile('written.csv');
      return new TextDecoder().decode(bytes);
    });
    expect(text.trim().split(/\r?\n/)).toEqual(['a,b', '1,x']);
  });

  it('reports SQL errors as rejections, and keeps working afterwards', async () => {
    const outcome = await app.page.evaluate(async () => {
      const db = await (window as unknown as PageWindow).browserClientModule.openBrowserClient();
      const error = await db.query('SELECT * FROM no_such_table WHERE x = ?', [1]).then(
        () => null,
        (e: Error) => e.message,
      );
      const after = await db.query('SELECT 1 AS one');
      return { error, after };
    });
    expect(outcome.error).toMatch(/no_such_table/);
    expect(outcome.after).toEqual([{ one: 1 }]);
  });
});
