/**
 * Cross-border flows, which the MASE meeting must look at: where the borough's children were exploited
 * (records of children living in it, by offence borough) and where the children exploited in it live
 * (records of offences in it, by home borough). Cells come from the plan's home × offence table, suppressed
 * jointly with its margins, so no hidden flow can be solved from the two totals or from other boroughs' packs.
 */
import type { PublishedCell } from '../../disclosure/suppress';
import { HOME_PLACES } from '../../queries/flows';
import { publishedBars, publishedTable } from '../london/context';
import type { Slide } from '../london/frame';
import { count, esc, percent, valueLabel } from '../london/words';
import { flowsIn, flowsOut, type BoroughContext } from './context';

type Flow = { place: string; cell: PublishedCell };

/** The published flows, largest first, and how many places' flows are hidden (fewer than N, or protecting one). */
function shownFlows(flows: readonly Flow[]): { shown: Flow[]; hidden: number } {
  const shown = flows.filter((f) => f.cell.value !== null && f.cell.value > 0).sort((a, b) => (b.cell.value ?? 0) - (a.cell.value ?? 0));
  return { shown, hidden: flows.filter((f) => f.cell.value === null).length };
}

/** A withheld-flows slide, when no suppression could make the flows table safe. */
function withheld(id: string, title: string): Slide {
  return { id, title: esc(title), subtitle: 'Withheld under disclosure control.',
    body: '<p>The flows table for this period has small counts that no suppression pattern can protect, so it is not published.</p>' };
}

/** One direction of flows as a slide. */
function flowSlide(ctx: BoroughContext, direction: 'out' | 'in'): Slide {
  const out = direction === 'out';
  const flows = out ? flowsOut(ctx) : flowsIn(ctx);
  const id = `flows-${direction}`;
  const heading = out ? `Where children living in ${ctx.name} were exploited` : `Where the children exploited in ${ctx.name} live`;
  if (!flows) return withheld(id, heading);
  const { pub, plan } = ctx;
  const total = out ? plan.homeRecords![HOME_PLACES.indexOf(ctx.code)] : plan.offence.cells[ctx.code];
  const own = flows.find((f) => f.place === ctx.code)!.cell;
  const { shown, hidden } = shownFlows(flows);
  const elsewhere = shown.filter((f) => f.place !== ctx.code);
  const rows = shown.map((f) => [valueLabel(f.place), f.cell] as const);
  const what = out ? 'records of children living in' : 'records of offences in';
  return {
    id,
    title: `${esc(heading)}: ${percent(pub.share(own, total))} in ${out ? 'the borough itself' : 'the borough'}`
      + (elsewhere[0] ? `; most often elsewhere ${out ? 'in' : 'from'} ${esc(valueLabel(elsewhere[0].place))}` : ''),
    subtitle: `${count(pub, own)} of ${count(pub, total)} ${what} ${esc(ctx.name)}, ${esc(ctx.period)}, by ${out ? 'offence borough' : "the victim's home borough"}. `
      + `${hidden} place${hidden === 1 ? '' : 's'} with fewer than ${pub.rule.minCell} records (zero included) or hidden to protect one ${hidden === 1 ? 'is' : 'are'} not listed.`,
    body: `${publishedBars(ctx, rows, { ariaLabel: `${what} ${ctx.name} by ${out ? 'offence' : 'home'} borough`, width: 470, height: Math.max(160, 40 + rows.length * 24) })}
<div>${publishedTable(pub, `${what[0].toUpperCase()}${what.slice(1)} ${ctx.name}`, ['', 'Records'], [...rows, ['All places', total]])}</div>`,
    figures: { [`flows_${direction}`]: { total: pub.json(total),
      counts: Object.fromEntries(flows.map((f) => [f.place, pub.json(f.cell)])) } },
  };
}

/** Where the borough's children were exploited. */
export const flowsOutSlide = (ctx: BoroughContext): Slide => flowSlide(ctx, 'out');
/** Where the children exploited in the borough live. */
export const flowsInSlide = (ctx: BoroughContext): Slide => flowSlide(ctx, 'in');

