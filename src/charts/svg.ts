/** Building SVG with plain DOM calls: data only ever reaches the document as text nodes and attributes. */
import { NO_DATA } from './scales';

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Attributes = Readonly<Record<string, string | number | undefined | null>>;

/** An SVG element with `attributes` (undefined and null skipped) and optional text content. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document, tag: K, attributes: Attributes = {}, text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null) element.setAttribute(name, String(value));
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A `<title>` child: the tooltip and accessible name of a shape. */
export function titled<E extends Element>(element: E, title: string): E {
  element.appendChild(svgElement(element.ownerDocument, 'title', {}, title));
  return element;
}

let counter = 0;

/** An id unique within this page (several charts may share one document). */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++counter}`;
}

/** `<defs>` with the no-data hatch: grey ground, darker grey diagonals. */
export function hatchDefs(document: Document, id: string): SVGDefsElement {
  const defs = svgElement(document, 'defs');
  const pattern = svgElement(document, 'pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(
    svgElement(document, 'rect', { width: 6, height: 6, fill: NO_DATA.colour }),
    svgElement(document, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: NO_DATA.hatch, 'stroke-width': 1.5 }),
  );
  defs.appendChild(pattern);
  return defs;
}

/** A bare root `<svg>` for charts drawn without Plot. */
export function svgRoot(document: Document, width: number, height: number): SVGSVGElement {
  return svgElement(document, 'svg', { width, height, viewBox: `0 0 ${width} ${height}` });
}
