/** WCAG 2 relative luminance and contrast, used to pick text colours that pass AA on any fill. */
import { rgb } from 'd3';

function channel(value: number): number {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a CSS colour (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
export function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/**
 * Black or white, whichever contrasts more with `fill`. One of the two always reaches 4.58:1
 * (the crossover is at luminance 0.18), so text on any fill passes WCAG AA.
 */
export function textColourOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}
