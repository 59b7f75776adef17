/** The borough's rate and rank (funnel plot), its monthly trend, and the profile of the victims exploited in it. */
import { trendChart, type TrendRow } from '../../charts/index';
import type { PublishedCell } from '../../disclosure/suppress';
import { AGE_BANDS } from '../../queries/filters';
import { figure, hiddenNote, publishedTable } from '../london/context';
import type { Slide } from '../london/frame';
import { funnelFigure, publishedRates, ratesTable } from '../london/rates';
import { count, esc, inWords, percent } from '../london/words';
import { boroughMonths, boroughsIn, type BoroughContext } from './context';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Mar 2015" from `2015-03-01`. */
export const monthName = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The rate slide: the funnel with the borough picked out, and the rates of the boroughs in its sub-region. */
export function boroughRatesSlide(ctx: BoroughContext): Slide {
  const own = publishedRates(ctx, 'offence').find((b) => b.code === ctx.code);
  const london = ctx.data.funnel.offence.londonRate;
  const members = ctx.data.boroughs.offence.boroughs.filter((b) => boroughsIn(ctx.subregion).includes(b.code));
  const verdict = !own ? 'its count is hidden, so no rate is shown'
    : own.ci95.low > london ? 'above London by more than chance would explain'
      : own.ci95.high < london ? 'below London by more than chance would explain' : 'within what chance would explain around London';
  return {
    id: 'rates',
    title: `${esc(ctx.name)}'s rate of CSE records per 10,000 children is ${esc(verdict)}`,
    subtitle: `Records by offence borough per 10,000 children aged 0–17 (ONS mid-year estimates), ${esc(ctx.period)}; the ringed dot is ${esc(ctx.name)}. `
      + 'Boroughs whose count is hidden have no dot.',
    body: `${funnelFigure(ctx, 'offence', ctx.code)}<div>${ratesTable(ctx, 'offence', members)}</div>`,
  };
}

/** The monthly trend of records in the borough, hidden months left out; the table lists the `last` months. */
export function boroughTrendSlide(ctx: BoroughContext, last = 24): Slide {
  const { pub } = ctx;
  const months = boroughMonths(ctx);
  const allShown = months.every((m) => m.cell.value !== null);
  const rows: TrendRow[] = months.filter((m) => m.cell.value !== null).map((m, i, shown) => ({
    month: new Date(`${m.month}T00:00:00Z`), count: m.cell.value as number,
    // The rolling sum only where every one of its twelve months is published.
    rolling12: allShown && i >= 11 ? shown.slice(i - 11, i + 1).reduce((s, x) => s + (x.cell.value ?? 0), 0) : null,
  }));
  const hidden = months.filter((m) => m.cell.value === null).map((m) => monthName(m.month));
  const svg = trendChart(rows, { ariaLabel: `Records per month in ${ctx.name}`, document: ctx.document, width: 620, height: 360 });
  const recent = months.slice(-last);
  return {
    id: 'trend',
    title: `Records of CSE in ${esc(ctx.name)} month by month`,
    subtitle: `Records by offence borough per month over every month of the extract (not only ${esc(ctx.period)}). `
      + `Months with fewer than ${pub.rule.minCell} records (zero included) are shown as &lt;${pub.rule.minCell} and not drawn.`,
    body: `${figure(svg, hidden.length > 12 ? `Not drawn: ${hidden.length} months with a hidden count.` : hiddenNote(hidden))}
<div>${publishedTable(pub, `Records per month, last ${recent.length} months`, ['', 'Records'], recent.map((m) => [monthName(m.month), m.cell] as const))}</div>`,
    figures: { by_month: Object.fromEntries(months.map((m) => [m.month, pub.json(m.cell)])) },
  };
}

/** The victims exploited in the borough: gender, age band, and missing episodes in the prior 12 months, each a breakdown with its total. */
export function victimsProfileSlide(ctx: BoroughContext): Slide {
  const { pub, local } = ctx;
  const genders = pub.breakdown({ female: local.victims.female.count, other: local.victims.female.total - local.victims.female.count });
  const band = (age: number | null) => (age === null ? 'unknown' : age <= 11 ? '0-11' : age <= 13 ? '12-13' : age <= 15 ? '14-15' : '16-17');
  const ages = pub.breakdown(Object.fromEntries(AGE_BANDS.map((b) => [b, local.victims.pyramid.filter((r) => band(r.age) === b)
    .reduce((s, r) => s + r.victims, 0)])) as Record<string, number>);
  const m = local.missing.byCategory.reduce((acc, r) => ({ missing: acc.missing + r.missing, known: acc.known + r.known, victims: acc.victims + r.victims }), { missing: 0, known: 0, victims: 0 });
  const missing = pub.breakdown({ missing: m.missing, not_missing: m.known - m.missing, unknown: m.victims - m.known });
  const known = pub.subtotal([missing.cells.missing, missing.cells.not_missing], missing.total, [missing.cells.unknown]);
  const row = (label: string, cell: PublishedCell) => [label, cell] as const;
  return {
    id: 'victims',
    title: `${esc(inWords(pub.share(genders.cells.female, genders.total)))} victims exploited in ${esc(ctx.name)} were female; `
      + `${percent(pub.share(missing.cells.missing, known))} of those with it recorded had gone missing in the year before`,
    subtitle: `${count(pub, genders.total)} victims with a record in ${esc(ctx.name)}, ${esc(ctx.period)}, each counted once at their latest record.`,
    body: `<div>${publishedTable(pub, 'Victims by gender', ['', 'Victims'], [row('Female', genders.cells.female), row('Male, other or unknown', genders.cells.other), row('All', genders.total)])}</div>
<div>${publishedTable(pub, 'Victims by age', ['', 'Victims'], [...AGE_BANDS.map((b) => row(b === 'unknown' ? 'Unknown' : `${b} years`, ages.cells[b])), row('All', ages.total)])}</div>
<div>${publishedTable(pub, 'Missing in the 12 months before', ['', 'Victims'], [row('Missing at least once', missing.cells.missing),
      row('Not missing', missing.cells.not_missing), row('Not recorded', missing.cells.unknown), row('All', missing.total)])}</div>`,
    figures: { victims_by_gender: pub.jsonBreakdown(genders), victims_by_age_band: pub.jsonBreakdown(ages), victims_missing_12m: pub.jsonBreakdown(missing) },
  };
}
