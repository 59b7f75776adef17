/** Options every chart takes, and the finishing touches every chart's SVG gets. */
import type { PlotOptions } from '@observablehq/plot';

export interface ChartOptions {
  /** The accessible name of the figure. Titles are drawn by the view or report frame, not in the SVG. */
  ariaLabel: string;
  ariaDescription?: string;
  /** The document to create elements in: the browser's by default, a linkedom one in Node (see dom.ts). */
  document?: Document;
  /** Outer width in pixels (default 640). */
  width?: number;
  /** Outer height in pixels (each chart has a default suited to its data). */
  height?: number;
}

export const DEFAULT_WIDTH = 640;
/** Smallest text on any chart, in pixels. */
export const FONT_SIZE = 12;
/** Text colour: 17:1 on white. */
export const TEXT_COLOUR = '#1a1a1a';
/** Secondary text and reference lines: 7:1 on white. */
export const MUTED_COLOUR = '#595959';
/** Default bar fill when a chart has one series: Okabe–Ito blue, 5.2:1 on white. */
export const BAR_COLOUR = '#0072B2';
/** A highlighted bar or point (a lead's own borough): Okabe–Ito vermillion, 3.9:1 on white. */
export const HIGHLIGHT_COLOUR = '#D55E00';
/** Rough width of one character at FONT_SIZE, for margins and legend layout (no text measuring in Node). */
export const CHAR_WIDTH = 7;

/** The document to draw in, or a clear error when there is none (Node without dom.ts). */
export function maybeDocument(document: Document | undefined): Document {
  const found = document ?? globalThis.document;
  if (!found) throw new Error('No DOM document: pass options.document (in Node, nodeDocument() from src/charts/dom.ts).');
  return found;
}

/** Plot options shared by every Plot-based chart. */
export function plotBase(options: ChartOptions, height: number): PlotOptions {
  return {
    document: maybeDocument(options.document),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? height,
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    className: 'cse-chart',
  };
}

/** Gives a chart's root its role, name, readable type size and a fixed text colour on white. */
export function finishSvg(svg: SVGSVGElement, options: ChartOptions): SVGSVGElement {
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', options.ariaLabel);
  if (options.ariaDescription) svg.setAttribute('aria-description', options.ariaDescription);
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif');
  svg.setAttribute('color', TEXT_COLOUR);
  // Plot's own rules, inline: Plot puts them in a <style> element in every chart, and each new <style>
  // in a page makes the browser recompute the style of the whole page (measured: most of a refresh's
  // time outside the queries). `white-space` is inherited by the chart's text.
  svg.setAttribute('style', 'background: #ffffff; --plot-background: #ffffff; display: block; height: auto; max-width: 100%; white-space: pre');
  for (const child of [...svg.children]) if (child.localName === 'style') child.remove();
  // Plot names its mark groups ("tick", "rule", "bar") with aria-label, which ARIA forbids on a <g>
  // without a role (axe: aria-prohibited-attr). As groups inside the image they are allowed, and the
  // labels stay as the hooks this code finds tick labels by.
  for (const group of svg.querySelectorAll('g[aria-label]:not([role])')) group.setAttribute('role', 'group');
  return svg;
}

/** The left margin that fits the longest of `labels` as axis tick labels. */
export function labelMargin(labels: readonly string[], min = 40, max = 320): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  return Math.min(max, Math.max(min, longest * CHAR_WIDTH + 14));
}

/** Bold weight for the tick label equal to `label`: a highlight is never carried by colour alone. */
export function emboldenTick(svg: SVGSVGElement, label: string, axis: 'x' | 'y' = 'y'): void {
  for (const text of svg.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`)) {
    if (text.textContent === label) text.setAttribute('font-weight', 'bold');
  }
}
