/** Annotations shared by charts: a labelled marker line (e.g. "CSE flags introduced Oct 2013") and a reference line. */
import * as Plot from '@observablehq/plot';
import { FONT_SIZE, MUTED_COLOUR, TEXT_COLOUR } from './options';
import { svgElement } from './svg';

export interface Marker {
  /** Where: a date on a time axis, or an x category (or a month's Date) on a band axis. */
  x: string | Date;
  label: string;
}

interface BandScale {
  bandwidth?: number;
  step?: number;
}

/**
 * Draws the marker across the plot area with its label in the top margin. On a band axis the line sits
 * in the gap before the band (`align` 'start'), or is only a short pointer above the band's middle
 * ('above': for a part year, where a line through the bar would cut its labels).
 */
export function markerMark(at: string | Date, label: string, align: 'start' | 'above' = 'start'): Plot.RenderFunction {
  return (_index, scales, _values, dimensions, context) => {
    const scale = scales.x as ((value: unknown) => number | undefined) | undefined;
    const position = scale?.(at);
    if (position === undefined || Number.isNaN(position)) return null;
    const { bandwidth = 0, step = 0 } = (scales.scales.x ?? {}) as BandScale;
    const x = bandwidth ? position + (align === 'above' ? bandwidth / 2 : -(step - bandwidth) / 2) : position;
    const { marginTop, height, marginBottom, width } = dimensions;
    const onRight = x > width * 0.6;
    const g = svgElement(context.document, 'g', { 'aria-label': 'marker', fill: TEXT_COLOUR, 'font-size': FONT_SIZE });
    g.append(
      svgElement(context.document, 'line', { x1: x, x2: x, y1: marginTop - 14, y2: align === 'above' ? marginTop - 2 : height - marginBottom,
        stroke: TEXT_COLOUR, 'stroke-width': 1.5, 'stroke-dasharray': '5 3' }),
      svgElement(context.document, 'text', { x: onRight ? x - 5 : x + 5, y: marginTop - 6,
        'text-anchor': onRight ? 'end' : 'start' }, label),
    );
    return g;
  };
}

/** A dashed vertical line at the reference value, labelled above the plot area. */
export function referenceMarks(reference: { value: number; label: string }, format: (value: number) => string, max: number): Plot.Markish {
  const right = reference.value > max * 0.6;
  return [
    Plot.ruleX([reference.value], { stroke: MUTED_COLOUR, strokeDasharray: '4 3', strokeWidth: 1.5 }),
    Plot.text([reference.value], { x: (v: number) => v, frameAnchor: 'top', dy: -10, dx: right ? -4 : 4,
      textAnchor: right ? 'end' : 'start', fill: MUTED_COLOUR, text: () => `${reference.label}: ${format(reference.value)}` }),
  ];
}
