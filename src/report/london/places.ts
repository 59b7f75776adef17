/**
 * Where: the borough rankings (records by offence borough, victims by home borough) as a bar chart of
 * the 33 and a choropleth, and the London Plan sub-regions. Hidden boroughs are greyed on the map.
 */
import { choroplethSvg } from '../../charts/index';
import type { PublishedCell } from '../../disclosure/suppress';
import { BOROUGHS } from '../../data/reference/boroughs';
import { SUBREGIONS, type PlaceBasis } from '../../queries/boroughs';
import type { PublishedBreakdown } from '../publish';
import { figure, publishedBars, publishedTable, type PackContext } from './context';
import type { Slide } from './frame';
import { count, esc, percent, valueLabel } from './words';

const UNIT = { offence: 'records', home: 'victims' } as const;

/**
 * Every place of one basis (33 boroughs and the unmapped places) as the plan publishes it: records by
 * offence place are the margins of the flows and categories tables, so each borough pack shows the same cells.
 */
export function boroughBreakdown(ctx: PackContext, basis: PlaceBasis): PublishedBreakdown<string> {
  return basis === 'offence' ? ctx.plan.offence : ctx.plan.homeVictims;
}

/**
 * Sub-region totals as sums of a published borough breakdown (with its unmapped places and its total):
 * a sub-region is shown only when all its boroughs are, since a total over a hidden borough beside its
 * published neighbours would give the hidden one away.
 */
export function subregionSums(ctx: PackContext, places: PublishedBreakdown<string>, unmapped: readonly string[]): PublishedBreakdown<string> {
  const sums = SUBREGIONS.map((s) => [s, ctx.pub.sumOf(BOROUGHS.filter((b) => b.subregion === s).map((b) => places.cells[b.code]))] as const);
  return { cells: Object.fromEntries([...sums, ...unmapped.map((key) => [key, places.cells[key]] as const)]), total: places.total };
}

/** The top three published boroughs, largest first. */
function leaders(cells: Record<string, PublishedCell>): string[] {
  return Object.entries(cells).filter(([code, cell]) => code.startsWith('E09') && cell.value !== null)
    .sort((a, b) => (b[1].value ?? 0) - (a[1].value ?? 0)).slice(0, 3).map(([code]) => valueLabel(code));
}

/** One borough ranking: bars of the 33 and the choropleth. */
export function boroughSlide(ctx: PackContext, basis: PlaceBasis): Slide {
  const { pub } = ctx;
  const published = boroughBreakdown(ctx, basis);
  const codes = ctx.data.boroughs[basis].boroughs.map((b) => b.code);
  const bars = codes.map((code) => [valueLabel(code), published.cells[code]] as const);
  const values = new Map(codes.map((code) => [code, published.cells[code].value]));
  const map = choroplethSvg(ctx.geojson, values, { ariaLabel: `${UNIT[basis]} by borough, map`, document: ctx.document, width: 520 });
  const [first, second, third] = leaders(published.cells);
  const what = basis === 'offence' ? 'recorded the most CSE-flagged records' : 'was home to the most victims of CSE';
  const unmapped = Object.keys(published.cells).filter((key) => !key.startsWith('E09'));
  return {
    id: `boroughs-${basis}`,
    title: first ? `${esc(first)} ${what}, followed by ${esc(second ?? '–')} then ${esc(third ?? '–')}` : 'Boroughs',
    subtitle: `${basis === 'home' ? "Victims by home borough" : 'Records by offence borough'}, ${esc(ctx.period)}, of ${count(pub, published.total)} ${UNIT[basis]}. `
      + `Not on the map: ${unmapped.map((key) => `${count(pub, published.cells[key])} ${esc(valueLabel(key).toLowerCase())}`).join(', ')}.`,
    body: `${publishedBars(ctx, bars, { ariaLabel: `${UNIT[basis]} by borough`, width: 470, height: 560 })}
${figure(map, 'Grey hatching: count hidden under disclosure control (or no data). Classes of published counts.')}`,
    figures: { [`by_${basis}_borough`]: pub.jsonBreakdown(published) },
  };
}

/** The sub-region slide: records by offence sub-region beside victims by home sub-region. */
export function subregionSlide(ctx: PackContext): Slide {
  const { pub } = ctx;
  const offence = subregionSums(ctx, ctx.plan.offence, ['unknown']);
  const home = subregionSums(ctx, ctx.plan.homeVictims, ['outside_london', 'not_recorded']);
  const rowsOf = (b: PublishedBreakdown<string>, keys: readonly string[]) =>
    keys.map((key) => [SUBREGIONS.includes(key as never) ? `${key} London` : valueLabel(key), b.cells[key]] as const);
  const top = (b: PublishedBreakdown<string>) => SUBREGIONS.filter((s) => b.cells[s].value !== null)
    .sort((x, y) => (b.cells[y].value ?? 0) - (b.cells[x].value ?? 0))[0];
  const topOffence = top(offence);
  const topHome = top(home);
  return {
    id: 'subregions',
    title: `${esc(topOffence ?? '–')} London recorded the most CSE (${percent(topOffence ? pub.share(offence.cells[topOffence], offence.total) : null)} of records); `
      + `victims' homes were spread more evenly, most in ${esc(topHome ?? '–')} London (${percent(topHome ? pub.share(home.cells[topHome], home.total) : null)})`,
    subtitle: `${count(pub, offence.total)} records by offence sub-region and ${count(pub, home.total)} victims by home sub-region (London Plan), ${esc(ctx.period)}. `
      + `${count(pub, home.cells.outside_london)} victims lived outside London.`,
    body: `${publishedBars(ctx, rowsOf(offence, [...SUBREGIONS, 'unknown']), { ariaLabel: 'Records by offence sub-region', width: 470, height: 260, sort: 'none' })}
${publishedBars(ctx, rowsOf(home, [...SUBREGIONS, 'outside_london', 'not_recorded']), { ariaLabel: 'Victims by home sub-region', width: 470, height: 280, sort: 'none' })}`,
    figures: { by_offence_subregion: pub.jsonBreakdown(offence), by_home_subregion: pub.jsonBreakdown(home) },
  };
}
