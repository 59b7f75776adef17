import { lazy, Suspense, useCallback, useMemo } from 'react';
import { choroplethSvg } from '../../charts/choroplethSvg';
import { classedScale, type ClassedScale } from '../../charts/scales';
import { tileGridMap } from '../../charts/tileGridMap';
import { boroughName, type BoroughFigures, type SubregionTotals } from '../../queries/boroughs';
import { POPULATION_SOURCE } from '../caveats/caveats';
import { ChartFrame } from '../frame/ChartFrame';
import { usePrerender, type Prerender } from '../frame/prerender';
import { SvgHost } from '../frame/SvgHost';
import type { FigureTable } from '../frame/table';
import { formatCount } from '../format';
import { basisWords } from '../labels';
import { selectedBorough, withBasis, withBorough, type Basis, type Measure, type ViewState } from '../urlState';
import { mapFinding, mapRows, mapScale, measureOf, ranksBy } from './places';
import { TILE_ATTRIBUTION, TILE_URL } from './tiles';
import { Toggle } from './Toggle';

/** London-wide borough figures on the basis shown, their sub-region totals, the state and its setter. */
export interface MapFrameProps {
  figures: BoroughFigures;
  subregions: SubregionTotals;
  state: ViewState;
  period: string;
  empty: boolean;
  onChange: (change: (current: ViewState) => ViewState) => void;
}

const MAP_HEIGHT = 460;

// Leaflet and its styles arrive in their own chunk after the first figures: they are a sixth of the
// app's script and only this one frame needs them.
const BoroughMap = lazy(() => import('../../map/BoroughMap').then((module) => ({ default: module.BoroughMap })));

/** The map as the build draws it (see frame/prerender.ts): a static choropleth on the same scale, where Leaflet will be. */
function StaticMap({ prerender, figures, measure, scale }: { prerender: Prerender; figures: BoroughFigures; measure: Measure; scale: ClassedScale }) {
  const values = new Map(figures.boroughs.map((b) => [b.code, measureOf(b, measure)]));
  const svg = choroplethSvg(prerender.boundaries, values, { ariaLabel: 'Map of London boroughs', width: 700, height: MAP_HEIGHT - 50, scale });
  return <div className="map-pair__static" style={{ height: MAP_HEIGHT }} data-prerender-slot={prerender.keep(svg)} />;
}

/** One collator for every sort (`localeCompare` with a locale builds one per comparison). */
const NAME_ORDER = new Intl.Collator('en-GB');

/**
 * Puts the tiles in alphabetical order in the document (their places on screen are set by transforms), so
 * Tab and screen readers go through the boroughs in an order a user can predict.
 */
function inNameOrder(svg: SVGSVGElement): SVGSVGElement {
  const group = svg.querySelector('.tiles');
  const tiles = [...(group?.querySelectorAll(':scope > [data-code]') ?? [])];
  tiles.sort((a, b) => NAME_ORDER.compare(a.getAttribute('aria-label') ?? '', b.getAttribute('aria-label') ?? ''));
  group?.append(...tiles);
  return svg;
}

/**
 * The borough choropleth beside its tile-grid cartogram (the keyboard and touch route: every tile is a
 * button), sharing one quantile scale; toggles for offence/home basis and counts/rates.
 */
export function MapFrame({ figures, subregions, state, period, empty, onChange }: MapFrameProps) {
  const measure: Measure = state.measure ?? 'count';
  const basis = state.basis;
  const selected = selectedBorough(state) ?? null;
  const prerender = usePrerender();
  const rows = useMemo(() => mapRows(figures, measure), [figures, measure]);
  const scale = useMemo(() => classedScale(figures.boroughs.map((b) => measureOf(b, measure)), {
    format: measure === 'rate' ? (v) => v.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : undefined,
  }), [figures, measure]);
  const leafletScale = useMemo(() => mapScale(scale), [scale]);
  const select = useCallback((code: string | null) => onChange((current) => withBorough(current, code)), [onChange]);
  // Toggle against the latest state, so a quick second key press undoes the first even before the figures move.
  const pick = useCallback((code: string) => onChange((current) => withBorough(current, selectedBorough(current) === code ? null : code)), [onChange]);
  const tiles = useCallback((width: number) => inNameOrder(tileGridMap(
    figures.boroughs.map((b) => ({ code: b.code, value: measureOf(b, measure) })),
    { width: Math.min(width, 420), scale, highlight: selected ?? undefined, interactive: true,
      format: measure === 'rate' ? (v) => v.toFixed(1) : undefined,
      ariaLabel: `Tile map of London boroughs, ${measure === 'rate' ? 'rate per 10,000 children' : 'count'}: press Enter on a borough to select it` },
  )), [figures, measure, scale, selected]);

  const ranks = ranksBy(figures.boroughs, measure);
  const table: FigureTable = {
    columns: [
      { key: 'borough', label: 'Borough' }, { key: 'count', label: basis === 'home' ? 'Victims' : 'Records', format: 'count' },
      { key: 'children', label: 'Children 0–17', format: 'count' }, { key: 'rate', label: 'Rate', format: 'rate' },
      { key: 'low', label: '95% CI low', format: 'rate' }, { key: 'high', label: '95% CI high', format: 'rate' },
      { key: 'rank', label: 'Rank of 33', format: 'count' },
    ],
    rows: [...figures.boroughs].sort((a, b) => (ranks.get(a.code) ?? 0) - (ranks.get(b.code) ?? 0)).map((b) => ({
      borough: b.name, count: b.count, children: b.children, rate: b.ratePer10k, low: b.ci95.low, high: b.ci95.high, rank: ranks.get(b.code) ?? null,
    })),
  };
  const unit = basis === 'home' ? 'victims' : 'records';
  const { counts, total } = subregions;
  const unmapped = basis === 'home'
    ? `${formatCount(counts.outside_london)} victims live outside London and ${formatCount(counts.not_recorded)} have no home borough recorded`
    : `${formatCount(counts.unknown)} records have an unknown offence location`;
  return (
    <ChartFrame id="borough-map" className="wide" height={MAP_HEIGHT + 10} empty={empty} table={table} imageSelector=".tile-grid svg"
      title={mapFinding(figures, basis, measure, selected)}
      subtitle={`${basis === 'home' ? 'Victims by home borough' : 'Records by offence borough'}, ${period}: ${formatCount(figures.londonCount)} of ${formatCount(total)} ${unit} placed in a London borough${selected ? `; all 33 boroughs shown, ${boroughName(selected)} outlined` : ''}`}
      lead={
        <div className="map-controls">
          <Toggle<Basis> label="Show" value={basis} onChange={(next) => onChange((current) => withBasis(current, next))}
            options={[['offence', 'Where offences happened'], ['home', 'Where victims live']]} />
          <Toggle<Measure> label="Measure" value={measure} onChange={(next) => onChange((current) => ({ ...current, measure: next === 'rate' ? 'rate' : undefined }))}
            options={[['count', 'Counts'], ['rate', 'Rate per 10,000 children']]} />
        </div>
      }
      footer={<>
        <p>{unmapped}: the map cannot show them. Colour classes are quantiles of the 33 boroughs ({basisWords(basis)}).</p>
        {measure === 'rate' ? <p>Rates: {POPULATION_SOURCE}.</p> : null}
      </>}>
      <div className="map-pair">
        {prerender ? <StaticMap prerender={prerender} figures={figures} measure={measure} scale={scale} /> : (
          <Suspense fallback={<p className="map-pair__loading" style={{ height: MAP_HEIGHT }} role="status">Loading the map…</p>}>
            <BoroughMap data={rows} scale={leafletScale} measure={measure} basis={basis} selected={selected} onSelect={select} height={MAP_HEIGHT}
              tileUrl={TILE_URL} tileAttribution={TILE_ATTRIBUTION} />
          </Suspense>
        )}
        <div className="map-pair__tiles">
          <p className="map-pair__hint" id="tile-hint">Click a borough on either map to select it. Tile map: one square per borough; Tab to a borough and press Enter.</p>
          <SvgHost build={tiles} minHeight={440} prerenderWidth={420} onPick={pick} className="tile-grid" />
        </div>
      </div>
    </ChartFrame>
  );
}
