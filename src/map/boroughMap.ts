/**
 * The borough choropleth on Leaflet, free of any UI framework: `createBoroughMap` draws the boundaries into a
 * container and returns a controller the caller drives with data, a classed scale and the selection.
 * Needs `leaflet/dist/leaflet.css` and `./boroughMap.css` on the page (the React wrapper imports both).
 */
import * as L from 'leaflet';
import { BOUNDARY_ATTRIBUTION, POPULATION_ATTRIBUTION, escapeHtml } from './attribution';
import { mapLabel, mapSummary, tooltipContent } from './format';
import { legendModel, noDataStyle, renderLegend } from './legend';
import { noDataPattern } from './noDataPattern';
import { fillFor, pathStyle } from './styles';
import { tooltipElement } from './tooltip';
import type { BoroughBoundaries, BoroughMapOptions, BoroughMapRow, ClassedScale, MapView } from './types';

/** Drives a drawn map. */
export interface BoroughMapController {
  /** Recolours the boroughs and rewrites the legend, tooltips, aria-label and summary. */
  update(rows: readonly BoroughMapRow[], scale: ClassedScale, view: MapView): void;
  /** Outlines one borough heavily (or none). The map never changes its selection by itself: clicks call `onSelect`. */
  setSelected(code: string | null): void;
  /** Removes the map and everything it added to the container. */
  destroy(): void;
}

let nextId = 0;

/**
 * Draws the boroughs into `container` (which must have a height): a map fitted to London with no tiles unless
 * `options.tileUrl` is given, the legend over its top right, the attribution under it and a hidden summary.
 */
export function createBoroughMap(container: HTMLElement, boundaries: BoroughBoundaries, options: BoroughMapOptions = {}): BoroughMapController {
  const id = ++nextId;
  const doc = container.ownerDocument;
  const element = (tag: string, className: string) => Object.assign(doc.createElement(tag), { className });
  const canvas = element('div', 'borough-map__canvas');
  const footer = element('div', 'borough-map__attribution');
  const summary = element('p', 'borough-map__summary visually-hidden');
  summary.id = `borough-map-summary-${id}`;
  container.classList.add('borough-map__frame');
  container.append(canvas, footer, summary);

  // Leaflet's keyboard handler makes the container focusable (arrows pan, +/- zoom) and leaves Tab alone,
  // so the map is reachable and never a trap; the borough list and tile grid are the keyboard route to figures.
  const map = L.map(canvas, { attributionControl: false, scrollWheelZoom: false, zoomSnap: 0.25, zoomDelta: 0.5 });
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', 'Map of London boroughs');
  canvas.setAttribute('aria-describedby', summary.id);

  // A real attribution control (so a tile layer's attribution joins it), moved under the map so it hides no borough.
  const attribution = L.control.attribution({ prefix: false }).addTo(map);
  attribution.addAttribution(escapeHtml(`${BOUNDARY_ATTRIBUTION} ${POPULATION_ATTRIBUTION}`));
  footer.append(attribution.getContainer()!);
  if (options.tileUrl) L.tileLayer(options.tileUrl, { attribution: options.tileAttribution ?? '', maxZoom: 18 }).addTo(map);

  const legendElement = element('div', 'borough-map__legend');
  legendElement.dataset.testid = 'map-legend';
  L.DomEvent.disableClickPropagation(legendElement);
  const legend = new L.Control({ position: 'topright' });
  legend.onAdd = () => legendElement;
  legend.addTo(map);

  const names = new Map(boundaries.features.map((feature) => [feature.properties.code, feature.properties.name]));
  const paths = new Map<string, L.Path>();
  const state = {
    rows: new Map<string, BoroughMapRow>(),
    scale: null as ClassedScale | null,
    view: { measure: 'rate', basis: 'offence' } as MapView,
    selected: options.selected ?? null,
    hovered: null as string | null,
    rankedOutOf: 0,
  };
  const fillOpacity = options.tileUrl ? 0.75 : 1;
  let noDataFill = 'transparent';

  const restyle = (code: string) => {
    const fill = fillFor(state.rows.get(code), state.scale, state.view.measure) ?? noDataFill;
    paths.get(code)?.setStyle(pathStyle(fill, { selected: code === state.selected, hovered: code === state.hovered, fillOpacity }));
  };
  const restyleAll = () => {
    for (const code of paths.keys()) restyle(code);
    if (state.selected) paths.get(state.selected)?.bringToFront();
  };
  const tooltipFor = (code: string) => {
    const row = state.rows.get(code);
    return tooltipElement(doc, tooltipContent(row?.name ?? names.get(code) ?? code, row, state.rankedOutOf));
  };
  const hover = (code: string, on: boolean) => {
    state.hovered = on ? code : state.hovered === code ? null : state.hovered;
    restyle(code);
    paths.get(on ? code : (state.selected ?? ''))?.bringToFront();
  };

  const layer = L.geoJSON(boundaries, {
    onEachFeature: (feature, path) => {
      const code = (feature.properties as { code: string }).code;
      const polygon = path as L.Path;
      paths.set(code, polygon);
      // Paths exist once the map has a view. Leaflet's tooltip focus listeners make Chromium put every path
      // in the tab order (33 stops with no way to select); the borough list and tile grid are the keyboard
      // route, so paths leave the tab order and the accessibility tree. data-code lets pages find a shape.
      polygon.on('add', () => {
        const shape = polygon.getElement();
        shape?.setAttribute('data-code', code);
        shape?.setAttribute('tabindex', '-1');
        shape?.setAttribute('aria-hidden', 'true');
      });
      polygon.bindTooltip(() => tooltipFor(code), { sticky: true, direction: 'top', opacity: 1 });
      polygon.on('click', () => options.onSelect?.(state.selected === code ? null : code));
      polygon.on('mouseover', () => hover(code, true));
      polygon.on('mouseout', () => hover(code, false));
    },
  });

  // Leave room for the legend when the frame is wide enough; on narrow frames it overlaps the east instead.
  const fit = () => {
    // A hidden or collapsed frame (zero size) has no view to fit: Leaflet would compute NaN bounds and throw.
    if (canvas.clientWidth === 0 || canvas.clientHeight === 0) return;
    const legendWidth = legendElement.offsetWidth + 16;
    const right = canvas.clientWidth >= 2.5 * legendWidth ? legendWidth : 8;
    map.fitBounds(layer.getBounds(), { paddingTopLeft: [48, 8], paddingBottomRight: [right, 8], animate: false });
  };
  fit();
  layer.addTo(map);
  const svg = canvas.querySelector<SVGSVGElement>('.leaflet-overlay-pane svg');
  const hatch = (scale: ClassedScale | null) => {
    if (svg) noDataFill = noDataPattern(svg, `borough-map-no-data-${id}`, noDataStyle(scale));
  };
  hatch(null);
  map.setMaxBounds(layer.getBounds().pad(0.5));
  restyleAll();
  // Refit when the frame changes size (layout, window), so London always fills it.
  const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
    map.invalidateSize({ animate: false });
    fit();
  });
  resizes?.observe(canvas);

  let fitted = false;
  let destroyed = false;
  return {
    update(rows, scale, view) {
      state.rows = new Map(rows.map((row) => [row.code, row]));
      state.scale = scale;
      state.view = view;
      state.rankedOutOf = rows.filter((row) => row.rank !== null).length;
      hatch(scale);
      restyleAll();
      renderLegend(legendElement, legendModel(scale, view));
      canvas.setAttribute('aria-label', mapLabel(view));
      summary.textContent = mapSummary(rows, view, paths.size);
      for (const path of paths.values()) if (path.isTooltipOpen()) path.getTooltip()?.update();
      // Once the legend has a size; later updates keep the reader's pan and zoom.
      if (!fitted) fit();
      fitted = true;
    },
    setSelected(code) {
      state.selected = code;
      restyleAll();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resizes?.disconnect();
      map.remove();
      canvas.remove();
      footer.remove();
      summary.remove();
      container.classList.remove('borough-map__frame');
    },
  };
}
