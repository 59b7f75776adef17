/**
 * Vite plugin (build only): the demo's opening view drawn into index.html, so its figures are painted
 * with the first paint, before any script has been fetched (the static pre-rendering of Observable
 * Framework and Evidence). The page is rendered by React's server renderer from the same components
 * and the same build-time snapshot the app uses (build/demoSnapshot.ts); main.tsx then lets React take
 * over (src/views/startup/prerendered.ts). A link naming another view hides the drawing at once.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { demoSnapshotData } from './demoSnapshot';

/**
 * Runs in the head before the body is parsed: any link parameters name a view other than the one drawn,
 * so the drawing is hidden and the page waits for the app. Allowed by its hash in the CSP (vite.config.ts).
 */
export const PRERENDER_GUARD = "if(location.search.length>1)document.documentElement.classList.add('cse-deep-link')";

/** The guard's CSP source expression. */
export const PRERENDER_GUARD_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GUARD).digest('base64')}'`;

// While both are in the page, React's copy (#root) is laid out, so charts measure their width, but unseen.
// The drawing's charts were drawn for the desktop layout: on a narrower screen they scale down.
const STYLE = `html:not(.cse-deep-link) #prerendered + #root { visibility: hidden; position: absolute; top: 0; left: 0; right: 0; }
      .cse-deep-link #prerendered { display: none; }
      fieldset.prerendered { border: 0; margin: 0; padding: 0; min-width: 0; }
      #prerendered svg { max-width: 100%; height: auto; }`;

const ID_REFERENCES = / (id|for|aria-labelledby|aria-describedby|aria-controls|href)="(#?)([^"]*)"/g;

/**
 * Makes the drawing's ids its own (`pre-…`, references included) and drops its test ids, so while both
 * copies are in the page no id is doubled and tests only ever find the live page; then fills each chart
 * slot with its SVG (whose ids are the charts' own).
 */
export function finishPrerender(html: string, slots: Map<string, string>): string {
  return html
    .replace(ID_REFERENCES, (whole, name: string, hash: string, value: string) => {
      if (name === 'href' && !hash) return whole;
      return ` ${name}="${hash}${value.split(' ').map((id) => `pre-${id}`).join(' ')}"`;
    })
    .replace(/(<div[^>]*? data-prerender-slot="(\d+)"[^>]*>)<\/div>/g, (_, open: string, id: string) => `${open}${slots.get(id) ?? ''}</div>`)
    .replace(/ data-testid="[^"]*"/g, '');
}

type PrerenderModule = typeof import('../src/views/startup/prerender');

/**
 * Runs `render` with the page's modules loaded through Vite's SSR loader: the components import
 * stylesheets and `?url` assets, which only Vite understands.
 */
async function renderWithVite<T>(root: string, render: (module: PrerenderModule) => T): Promise<T> {
  const server = await createServer({
    root, configFile: false, logLevel: 'error', appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return render((await server.ssrLoadModule('/src/views/startup/prerender.tsx')) as PrerenderModule);
  } finally {
    await server.close();
  }
}

async function prerenderedRoot(root: string): Promise<string> {
  const snapshot = await demoSnapshotData(root);
  const boundaries = JSON.parse(await readFile(resolve(root, 'public/london-boroughs.geojson'), 'utf8'));
  const page = await renderWithVite(root, (module) => module.prerenderPage(snapshot, boundaries));
  const key = page.key.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // Its buttons and fields do nothing until the app has loaded, so they say so (a disabled fieldset).
  return `<div id="prerendered" data-key="${key}"><fieldset disabled class="prerendered">${finishPrerender(page.html, page.slots)}</fieldset></div>`;
}

/** Draws the demo's opening view into the built index.html. */
export function prerender(): Plugin {
  let root = process.cwd();
  return {
    name: 'cse-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => html
        .replace('</head>', `  <script>${PRERENDER_GUARD}</script>\n    <style>${STYLE}</style>\n  </head>`)
        .replace('<div id="root"></div>', `${await prerenderedRoot(root)}<div id="root"></div>`),
    },
  };
}
