/**
 * The hatch that fills boroughs with no figure: grey alone could be mistaken for a class of the palette by
 * lightness, so no-data and suppressed boroughs also differ in texture (WCAG 1.4.1, not colour alone).
 */
import type { NoDataStyle } from './types';

const SVG = 'http://www.w3.org/2000/svg';

/** Adds (once) or recolours the hatch pattern `id` in `svg`, and returns the fill that uses it: `url(#id)`. */
export function noDataPattern(svg: SVGSVGElement, id: string, style: Required<NoDataStyle>): string {
  const doc = svg.ownerDocument;
  const make = (tag: string, attributes: Record<string, string>) => {
    const element = doc.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  let pattern = svg.querySelector(`#${id}`);
  if (!pattern) {
    pattern = make('pattern', { id, width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.append(make('rect', { width: '6', height: '6' }), make('line', { x1: '0', y1: '0', x2: '0', y2: '6', 'stroke-width': '2' }));
    const defs = make('defs', {});
    defs.append(pattern);
    svg.prepend(defs);
  }
  pattern.querySelector('rect')?.setAttribute('fill', style.colour);
  pattern.querySelector('line')?.setAttribute('stroke', style.hatch);
  return `url(#${id})`;
}
