/**
 * Rates per 10,000 children: the funnel plot (which boroughs differ from London by more than chance) and a
 * table of each borough's count, rate and 95% interval. A rate reveals its count, so a borough whose count
 * is hidden gets no dot and no rate; the London centre line comes from the published London total.
 */
import { funnelPlot, type FunnelData as ChartFunnel } from '../../charts/index';
import { boroughName, type BoroughFigure, type PlaceBasis } from '../../queries/boroughs';
import { figure, hiddenNote, type PackContext } from './context';
import type { Slide } from './frame';
import { boroughBreakdown } from './places';
import { count, esc } from './words';
import { escapeHtml } from '../html';

const UNIT = { offence: 'records by offence borough', home: 'victims by home borough' } as const;
const rate = (value: number) => value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The boroughs whose count is published, with the figure the query layer computed for them. */
export function publishedRates(ctx: PackContext, basis: PlaceBasis): BoroughFigure[] {
  const cells = boroughBreakdown(ctx, basis).cells;
  // Rounded counts would give rates that disagree with the table; rates are shown only for exact counts.
  if (ctx.pub.rule.roundToFive) return [];
  return ctx.data.boroughs[basis].boroughs.filter((b) => cells[b.code].value !== null);
}

/** Rank among the boroughs whose count is published (1 = highest); null when the borough's own count is hidden. */
export function publishedRank(ctx: PackContext, basis: PlaceBasis, code: string): { rank: number; of: number } | null {
  const cells = boroughBreakdown(ctx, basis).cells;
  const shown = ctx.data.boroughs[basis].boroughs.filter((b) => cells[b.code].value !== null);
  const own = cells[code]?.value;
  if (own === null || own === undefined) return null;
  return { rank: 1 + shown.filter((b) => (cells[b.code].value ?? 0) > own).length, of: shown.length };
}

/** The funnel plot of one basis, with `highlight` (a borough code) picked out. */
export function funnelFigure(ctx: PackContext, basis: PlaceBasis, highlight?: string): string {
  const shown = publishedRates(ctx, basis);
  const funnel = ctx.data.funnel[basis];
  const data: ChartFunnel = {
    points: shown.map((b) => ({ label: b.name, population: b.children, rate: b.ratePer10k })),
    centre: funnel.londonRate,
    limits: funnel.limits.map((l) => ({ population: l.children, lower95: l.lower95, upper95: l.upper95, lower998: l.lower998, upper998: l.upper998 })),
  };
  const hidden = ctx.data.boroughs[basis].boroughs.filter((b) => !shown.includes(b)).map((b) => b.name);
  const svg = funnelPlot(data, { ariaLabel: `Funnel plot: ${UNIT[basis]} per 10,000 children`, document: ctx.document, width: 560, height: 420,
    highlight: highlight ? boroughName(highlight) : undefined });
  return figure(svg, hiddenNote(hidden));
}

/** A table of boroughs' published counts, rates and intervals (the funnel's table alternative). */
export function ratesTable(ctx: PackContext, basis: PlaceBasis, rows: readonly BoroughFigure[]): string {
  const cells = boroughBreakdown(ctx, basis).cells;
  const body = rows.map((b) => `<tr><th scope="row">${escapeHtml(b.name)}</th><td>${count(ctx.pub, cells[b.code])}</td>`
    + (cells[b.code].value === null || ctx.pub.rule.roundToFive ? '<td>–</td><td>–</td>'
      : `<td>${rate(b.ratePer10k)}</td><td>${rate(b.ci95.low)}–${rate(b.ci95.high)}</td>`) + '</tr>').join('\n');
  return `<table><caption>${escapeHtml(`Rate per 10,000 children, ${UNIT[basis]}`)}</caption><thead><tr><th scope="col">Borough</th>`
    + `<th scope="col">Count</th><th scope="col">Rate</th><th scope="col">95% interval</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The London pack's rates slide: the funnel plot by offence borough, and the ten highest published rates. */
export function ratesSlide(ctx: PackContext, basis: PlaceBasis): Slide {
  const top = [...publishedRates(ctx, basis)].sort((a, b) => b.ratePer10k - a.ratePer10k);
  const above = top.filter((b) => b.ratePer10k > ctx.data.funnel[basis].londonRate && b.ci95.low > ctx.data.funnel[basis].londonRate);
  return {
    id: `rates-${basis}`,
    title: top[0] ? `${esc(top[0].name)} had the highest rate per 10,000 children; ${above.length} borough${above.length === 1 ? '' : 's'} above London beyond chance`
      : 'Rates per 10,000 children',
    subtitle: `${esc(UNIT[basis][0].toUpperCase() + UNIT[basis].slice(1))} per 10,000 children aged 0–17 (ONS mid-year estimates), ${esc(ctx.period)}; `
      + `London ${count(ctx.pub, boroughBreakdown(ctx, basis).total)} in all. Dots outside the funnel differ from London by more than chance would explain.`,
    body: `${funnelFigure(ctx, basis)}<div>${ratesTable(ctx, basis, top.slice(0, 12))}</div>`,
  };
}
