/** A borough's hover tooltip as DOM, built from text nodes so no borough name or figure is parsed as HTML. */
import type { TooltipContent } from './format';

/** A tooltip element in `doc`: the borough name in bold, then one line per figure. */
export function tooltipElement(doc: Document, content: TooltipContent): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'borough-map__tooltip';
  const title = doc.createElement('strong');
  title.className = 'borough-map__tooltip-title';
  title.textContent = content.title;
  root.append(title);
  for (const line of content.lines) {
    const node = doc.createElement('div');
    node.textContent = line;
    root.append(node);
  }
  return root;
}
