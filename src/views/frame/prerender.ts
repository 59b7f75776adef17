/**
 * Build-time drawing of the demo's opening view (build/prerender.ts). The build renders the page once
 * in Node with React's server renderer; charts are drawn by the same pure chart functions into a
 * linkedom document, at the widths the desktop layout gives each frame, and each frame leaves an empty
 * slot (`data-prerender-slot`) that the build fills with the chart's serialised SVG. In the browser this
 * context is never provided, so none of this runs there: the live page draws charts as DOM nodes.
 */
import { createContext, useContext } from 'react';
import type { BoroughCollection } from '../../charts/choroplethSvg';

/** What a frame needs to draw itself at build time. */
export interface Prerender {
  /** The width (px) a frame's chart gets in the desktop layout the page is drawn for. */
  widthOf(frameId: string, className?: string): number;
  /** Keeps a drawn chart; returns the slot id the build puts its markup in. */
  keep(node: Element): string;
  /** The borough boundaries, for the static map drawn where the interactive one will be. */
  boundaries: BoroughCollection;
}

/** Provided only by the build-time renderer. */
export const PrerenderContext = createContext<Prerender | null>(null);

/** The build-time renderer, or null in the browser. */
export function usePrerender(): Prerender | null {
  return useContext(PrerenderContext);
}

export { FRAME_TIMING_PREFIX } from '../startup/prerendered';

/** Gives a chart its accessible name, as the live frame does when it inserts one. */
export function labelChart(node: Element, title: string): Element {
  if (node.localName === 'svg') {
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', title);
  }
  return node;
}
