/**
 * Opens the built app (`dist/`, from `vite build`) in real headless Chromium for end-to-end tests.
 *
 * Every request that would leave the machine (any host other than localhost / 127.0.0.1 / [::1], any
 * scheme other than http(s)/data/blob) is recorded and aborted, from the page and from its workers.
 * `app.close()` fails when any was recorded, so a test that closes its app cannot pass with a leak;
 * call `app.expectNoOffMachineRequests()` to fail at the exact point instead.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startStaticServer, type StaticServer } from './server';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
] as const;

export interface OpenAppOptions {
  /** Query string for the app URL, with or without the leading `?`, e.g. `demo=1` or `?view=map`. */
  query?: string;
  /** Runs after the page exists and before it navigates: add routes, init scripts, etc. */
  beforeNavigate?: (page: Page, context: BrowserContext) => Promise<void>;
  /** Browser viewport; default 1280×900. */
  viewport?: { width: number; height: number };
  /** Whether uncaught page errors make `close()` throw (default true; set false in tests that provoke them). */
  failOnPageErrors?: boolean;
  /**
   * Ignore the app's Content-Security-Policy. Only for testing this harness's own network guard: the
   * policy stops a remote request before it is made, so the guard would otherwise never see one.
   */
  bypassCSP?: boolean;
  /** Run the page's scripts (default true; false shows what the HTML alone draws). */
  javaScriptEnabled?: boolean;
}

export interface App {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  server: StaticServer;
  /** The URL the page was opened at. */
  url: string;
  /** Milliseconds since the epoch just before navigation started (for timing start-up). */
  openedAt: number;
  /** URLs of requests that tried to leave the machine (all were aborted). Should stay empty. */
  offMachineRequests: string[];
  /** Uncaught exceptions in the page (`pageerror`). */
  pageErrors: string[];
  /** `console.error` messages from the page and its workers, and failed same-machine requests. */
  consoleErrors: string[];
  /** Throws, listing them, if any request tried to leave the machine. */
  expectNoOffMachineRequests(): void;
  /** Throws, listing them, if the page had an uncaught exception or logged an error. */
  expectNoErrors(): void;
  /** Closes browser and server; then throws if any request tried to leave the machine (and, unless disabled, on page errors). */
  close(): Promise<void>;
}

/**
 * Chromium sometimes reports the engine's wasm request as ERR_ABORTED at the very end of a download
 * that succeeded: WebAssembly.instantiateStreaming releases the body as it finishes compiling (seen in
 * 1 of 12 page loads, the engine starting normally every time). A download that really failed still
 * shows: the engine never becomes ready, and the page says it could not load the engine.
 */
function isEngineStreamEnd(url: string, errorText: string | undefined): boolean {
  return errorText === 'net::ERR_ABORTED' && /\/assets\/duckdb-(eh|mvp)-[\w-]+\.wasm$/.test(new URL(url).pathname);
}

/** Same-machine hosts: requests to anything else are aborted and recorded. */
export function isOnMachine(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'ws:') return false;
  return parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost' || parsed.hostname === '[::1]';
}

/** Serves dist/ on 127.0.0.1, opens it in headless Chromium and waits for the `load` event. */
export async function openApp(options: OpenAppOptions | string = {}): Promise<App> {
  const opts: OpenAppOptions = typeof options === 'string' ? { query: options } : options;
  const server = await startStaticServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 900 }, bypassCSP: opts.bypassCSP ?? false, javaScriptEnabled: opts.javaScriptEnabled ?? true });
    const offMachineRequests: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    const record = (url: string) => {
      if (!offMachineRequests.includes(url)) offMachineRequests.push(url);
    };

    // Context-level routing also sees requests made by the page's dedicated workers.
    await context.route(
      (url) => !isOnMachine(url.href),
      async (route) => {
        record(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    // Belt and braces: anything not seen by the router (e.g. a scheme it ignores) is still recorded.
    context.on('request', (request: Request) => {
      if (!isOnMachine(request.url())) record(request.url());
    });

    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('requestfailed', (request) => {
      if (isOnMachine(request.url()) && !isEngineStreamEnd(request.url(), request.failure()?.errorText)) {
        consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      }
    });
    page.on('worker', (worker) => {
      worker.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`[worker] ${message.text()}`);
      });
    });

    if (opts.beforeNavigate) await opts.beforeNavigate(page, context);
    const query = opts.query ? (opts.query.startsWith('?') ? opts.query : `?${opts.query}`) : '';
    const url = `${server.url}${query}`;
    const openedAt = Date.now();
    await page.goto(url, { waitUntil: 'load' });

    const expectNoOffMachineRequests = () => {
      if (offMachineRequests.length > 0) {
        throw new Error(`The app tried to reach ${offMachineRequests.length} off-machine URL(s):\n  ${offMachineRequests.join('\n  ')}`);
      }
    };
    const expectNoErrors = () => {
      const all = [...pageErrors.map((e) => `page error: ${e}`), ...consoleErrors.map((e) => `console error: ${e}`)];
      if (all.length > 0) throw new Error(`The page reported ${all.length} error(s):\n  ${all.join('\n  ')}`);
    };
    const openedBrowser = browser;
    let closed = false;
    return {
      page,
      context,
      browser: openedBrowser,
      server,
      url,
      openedAt,
      offMachineRequests,
      pageErrors,
      consoleErrors,
      expectNoOffMachineRequests,
      expectNoErrors,
      async close() {
        if (closed) return;
        closed = true;
        await openedBrowser.close().catch(() => undefined);
        await server.close();
        expectNoOffMachineRequests();
        if (opts.failOnPageErrors !== false && pageErrors.length > 0) {
          throw new Error(`The page threw ${pageErrors.length} uncaught error(s):\n  ${pageErrors.join('\n  ')}`);
        }
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}
