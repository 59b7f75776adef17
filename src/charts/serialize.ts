/** SVG markup for a standalone .svg file or for inlining in a static HTML report. */

const XMLNS = 'http://www.w3.org/2000/svg';

/** The markup of a chart's root element; root `<svg>` elements get the xmlns a standalone file needs. */
export function chartMarkup(element: Element): string {
  if (element.tagName.toLowerCase() === 'svg' && !element.hasAttribute('xmlns')) element.setAttribute('xmlns', XMLNS);
  return element.outerHTML;
}
