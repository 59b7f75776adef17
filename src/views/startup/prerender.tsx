/**
 * Node only (build/prerender.ts imports it; the browser bundle never does): the page as it first appears
 * on the demo, rendered with React's server renderer, its charts drawn into a linkedom document and
 * returned beside the markup as serialised SVG, one per `data-prerender-slot`.
 */
import { renderToString } from 'react-dom/server';
import type { BoroughCollection } from '../../charts/choroplethSvg';
import { nodeDocument } from '../../charts/dom';
import { App } from '../App';
import { PrerenderContext, type Prerender } from '../frame/prerender';
import { filtersKey } from '../perfMarks';
import type { DemoSnapshot } from './snapshot';

/** The markup of the opening page, and the SVG of each chart slot in it. */
export interface PrerenderedPage {
  html: string;
  /** The {@link filtersKey} of the selection drawn. */
  key: string;
  slots: Map<string, string>;
}

/** Chart widths in the 1280 px desktop layout: full-width frames, the online view's three columns, and two columns. */
function desktopWidth(frameId: string, className?: string): number {
  if (className?.split(' ').includes('wide')) return 1198;
  return frameId.startsWith('online-') ? 366 : 574;
}

/** Renders the app as it opens on the demo, with `snapshot`'s figures. */
export function prerenderPage(snapshot: DemoSnapshot, boundaries: BoroughCollection): PrerenderedPage {
  const document = nodeDocument();
  const slots = new Map<string, string>();
  const context: Prerender = {
    widthOf: desktopWidth,
    keep(node) {
      const id = String(slots.size + 1);
      slots.set(id, node.outerHTML);
      return id;
    },
    boundaries,
  };
  // The views' chart builders draw in the global document, as in the browser; only for this render.
  const globals = globalThis as { document?: Document };
  const previous = globals.document;
  globals.document = document;
  try {
    const html = renderToString(
      <PrerenderContext.Provider value={context}>
        <App prerenderSnapshot={snapshot} />
      </PrerenderContext.Provider>,
    );
    return { html, slots, key: filtersKey(snapshot.state.filters) };
  } finally {
    globals.document = previous;
  }
}
