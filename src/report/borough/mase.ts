/**
 * The MASE monthly pack: what a borough's Multi-Agency Sexual Exploitation meeting reviews each month
 * (Bexley CSE conference, May 2015: "review all new cases and direct activity against identified trends",
 * "look at cross border issues"). Decision: a MASE chair needs, for one borough,
 *   1. how many new records last month, against the rolling 12 months (is it rising?);
 *   2. the category mix (how many are habitual exploitation, not only 'at risk') and online share;
 *   3. the children: victims in the 12 months, repeat victims (more than one record), missing episodes;
 *   4. cross-border flows: other boroughs to coordinate with, and children exploited away from home.
 * Rankings and funnel plots are for the annual borough pack, not a monthly meeting. Monthly counts per
 * borough are small: a restricted MASE pack may use --min-cell down to 3.
 */
import type { DbClient } from '../../data/client';
import { repeatVictims } from '../../queries/flows';
import { caveatsSlide, methodSlide } from '../london/closing';
import type { Slide } from '../london/frame';
import { isDemo, type PackInput } from '../london/index';
import { count, esc, percent } from '../london/words';
import { boroughMonths, type BoroughContext } from './context';
import { flowsInSlide, flowsOutSlide } from './flows';
import { boroughContext, finishPack, type BuiltPack, type LondonShared } from './index';
import { compareSlide } from './overview';
import { boroughTrendSlide, monthName, victimsProfileSlide } from './profile';

/** The rolling 12 months ending `month` (YYYY-MM) as filters' from/to dates. */
export function rollingYear(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const start = new Date(Date.UTC(year, m - 12, 1));
  const end = new Date(Date.UTC(year, m, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** The MASE cover: new records last month, records and victims in the 12 months, and repeat victims. */
function maseCover(ctx: BoroughContext, month: string, repeat: { repeat: number; victims: number }): Slide {
  const { pub, plan } = ctx;
  const last = boroughMonths(ctx).find((m) => m.month === `${month}-01`)?.cell ?? pub.total(0);
  const year = plan.offence.cells[ctx.code];
  const victims = pub.breakdown({ repeat: repeat.repeat, once: repeat.victims - repeat.repeat });
  const tile = (big: string, words: string) => `<div class="tile"><div class="big">${big}</div><p>${words}</p></div>`;
  return {
    id: 'cover',
    title: `${esc(ctx.name)} MASE: CSE records to ${esc(monthName(`${month}-01`))}`,
    subtitle: `For the monthly Multi-Agency Sexual Exploitation meeting: the last month and the ${esc(ctx.period)}. Records by offence borough.`,
    body: `<div><div class="tiles">${tile(count(pub, last), `New records in ${esc(monthName(`${month}-01`))}`)}
${tile(count(pub, year), `Records in the ${esc(ctx.period)}`)}
${tile(count(pub, victims.cells.repeat), `Repeat victims: children with more than one record in the 12 months, of ${count(pub, victims.total)} (${percent(pub.share(victims.cells.repeat, victims.total))})`)}</div>
<p class="note">Review every new case; look at the cross-border flows with the boroughs named on the flows pages.</p></div>`,
    figures: { month, new_records: pub.json(last), records_12m: pub.json(year), victims_12m: pub.jsonBreakdown(victims) },
  };
}

/** Builds the MASE pack of borough `code` for `month` (YYYY-MM); `input.filters` must be `rollingYear(month)`. */
export async function masePack(db: DbClient, input: PackInput, shared: LondonShared, code: string, month: string): Promise<BuiltPack> {
  const ctx = await boroughContext(db, shared, input.filters, code, input.period);
  const repeat = await repeatVictims(db, { ...input.filters, offenceBorough: code });
  const synthetic = isDemo(input.source);
  const list = [
    maseCover(ctx, month, repeat), boroughTrendSlide(ctx, 13), compareSlide(ctx), flowsOutSlide(ctx), flowsInSlide(ctx), victimsProfileSlide(ctx),
    caveatsSlide({ ...ctx, data: ctx.local }, synthetic), methodSlide(ctx, input.source),
  ];
  return finishPack('mase', `${ctx.name} MASE pack, ${monthName(`${month}-01`)}`, ctx, input, list);
}
