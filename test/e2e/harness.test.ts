import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOnMachine, openApp, type App } from './app';
import { request } from 'node:http';
import { startStaticServer } from './server';

/** Status of a GET sent with the path exactly as given (fetch would normalise it). */
function rawStatus(base: string, path: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    request({ hostname, port, path }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    })
      .on('error', fail)
      .end();
  });
}

// The guard every e2e test relies on: prove it catches what it claims to catch.
describe('e2e harness', () => {
  let app: App;
  beforeAll(async () => {
    // The app's policy would refuse the provoked requests itself (test/e2e/csp.test.ts); here the guard is on trial.
    app = await openApp({ query: 'harness-check=1', bypassCSP: true });
    await app.page.getByTestId('engine-ready').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    // The off-machine requests below were provoked on purpose.
    app.offMachineRequests.length = 0;
    await app.close();
  });

  it('classifies hosts', () => {
    expect(isOnMachine('http://127.0.0.1:5173/assets/x.js')).toBe(true);
    expect(isOnMachine('http://localhost/x')).toBe(true);
    expect(isOnMachine('http://[::1]:80/x')).toBe(true);
    expect(isOnMachine('data:text/plain,x')).toBe(true);
    expect(isOnMachine('https://cdn.jsdelivr.net/npm/x')).toBe(false);
    expect(isOnMachine('http://127.0.0.1.example.com/x')).toBe(false);
    expect(isOnMachine('ftp://127.0.0.1/x')).toBe(false);
  });

  it('opens the app with the query string', () => {
    // The app may rewrite its URL to the canonical state once loaded: check what was requested.
    expect(app.url).toContain('?harness-check=1');
    expect(app.server.requests).toContain('/?harness-check=1');
  });

  it('records and aborts off-machine requests from the page and from workers', async () => {
    const outcome = await app.page.evaluate(async () => {
      const page = await fetch('https://example.org/from-page').then(
        () => 'reached',
        () => 'blocked',
      );
      const source = `fetch('https://example.org/from-worker').then(() => postMessage('reached'), () => postMessage('blocked'));`;
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      const fromWorker = await new Promise<string>((done) => {
        worker.onmessage = (event) => done(String(event.data));
      });
      worker.terminate();
      return { page, fromWorker };
    });
    expect(outcome).toEqual({ page: 'blocked', fromWorker: 'blocked' });
    expect(app.offMachineRequests).toEqual(
      expect.arrayContaining(['https://example.org/from-page', 'https://example.org/from-worker']),
    );
    expect(() => app.expectNoOffMachineRequests()).toThrow(/off-machine/);
  });

  it('serves the MIME types browsers require', async () => {
    const server = await startStaticServer();
    try {
      const index = await fetch(server.url);
      expect(index.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await index.text();
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(server.url + script)).headers.get('content-type')).toMatch(/^text\/javascript/);
      const wasm = app.server.requests.find((path) => path.endsWith('.wasm'));
      expect(wasm).toBeDefined();
      const head = await fetch(new URL(wasm!, server.url), { method: 'HEAD' });
      expect(head.headers.get('content-type')).toBe('application/wasm');
      expect((await fetch(server.url + 'no-such-file.js')).status).toBe(404);
      // An encoded slash must not let a path climb out of dist/.
      expect(await rawStatus(server.url, '/..%2fpackage.json')).toBe(403);
    } finally {
      await server.close();
    }
  });
});
