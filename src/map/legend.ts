/** The map's classed legend: a plain model, and DOM built with textContent only (never HTML strings). */
import { basisLabel, measureLabel } from './format';
import type { ClassedScale, LegendEntry, MapView, NoDataStyle } from './types';

/** How boroughs with no figure look unless the scale says otherwise: grey, hatched darker grey. */
export const NO_DATA: Required<NoDataStyle> = { colour: '#d9d9d9', hatch: '#767676', label: 'No data / suppressed' };

/** The no-data style for a scale: its own (the shared scale has one) or the map's. */
export function noDataStyle(scale: ClassedScale | null): Required<NoDataStyle> {
  return { ...NO_DATA, ...scale?.noData };
}

/** The scale's classes as legend entries, lowest first, from `legend` or from `colours` + `labels`. */
export function scaleLegend(scale: ClassedScale): LegendEntry[] {
  if (scale.legend) return [...scale.legend];
  const { colours = [], labels = [] } = scale;
  return colours.map((colour, i) => ({ colour, label: labels[i] ?? '' }));
}

/** A legend row; `hatch` marks the "no data / suppressed" entry. */
export interface LegendItem extends LegendEntry {
  hatch?: string;
}

/** What the legend shows. */
export interface LegendModel {
  title: string;
  subtitle: string;
  entries: LegendItem[];
}

/** The legend for a scale and view: the scale's classes, lowest first, then "no data / suppressed". */
export function legendModel(scale: ClassedScale, view: MapView): LegendModel {
  const subtitle = basisLabel(view.basis);
  return {
    title: measureLabel(view.measure),
    subtitle: subtitle.charAt(0).toUpperCase() + subtitle.slice(1),
    entries: [...scaleLegend(scale), noDataStyle(scale)],
  };
}

/** Fills `element` (emptied first) with the legend: title, subtitle, and a list of swatches and labels. */
export function renderLegend(element: HTMLElement, model: LegendModel): HTMLElement {
  const doc = element.ownerDocument;
  const text = (tag: string, className: string, content: string) => {
    const node = doc.createElement(tag);
    node.className = className;
    node.textContent = content;
    return node;
  };
  const list = doc.createElement('ul');
  list.className = 'borough-map__legend-items';
  for (const entry of model.entries) {
    const item = doc.createElement('li');
    item.className = 'borough-map__legend-item';
    const swatch = doc.createElement('span');
    swatch.className = entry.hatch ? 'borough-map__swatch borough-map__swatch--no-data' : 'borough-map__swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.dataset.colour = entry.colour;
    swatch.style.backgroundColor = entry.colour;
    if (entry.hatch) swatch.style.backgroundImage = `repeating-linear-gradient(45deg, ${entry.hatch} 0 1.5px, transparent 1.5px 4.2px)`;
    item.append(swatch, text('span', 'borough-map__legend-label', entry.label));
    list.append(item);
  }
  element.replaceChildren(
    text('p', 'borough-map__legend-title', model.title),
    text('p', 'borough-map__legend-subtitle', model.subtitle),
    list,
  );
  return element;
}
