/** The trend, the caveats, and the method and disclosure-control statement with the data attributions. */
import { trendChart, type TrendRow } from '../../charts/index';
import { protectionWidth } from '../../disclosure/network';
import { DEFAULT_MIN_CELL } from '../../disclosure/smallNumbers';
import { figure, hiddenNote, type PackContext } from './context';
import type { Slide } from './frame';
import { count, esc, percent } from './words';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The monthly trend: months whose count is hidden are not drawn; the rolling line only where every month is published. */
export function trendSlide(ctx: PackContext): Slide {
  const { pub, data } = ctx;
  // London's monthly totals are the margins of the place × month table the borough packs publish.
  const months = ctx.plan.londonMonths;
  const allShown = data.trend.every((row) => months.cells[row.month].value !== null);
  const rows: TrendRow[] = data.trend.filter((row) => months.cells[row.month].value !== null).map((row) => ({
    month: new Date(`${row.month}T00:00:00Z`), count: months.cells[row.month].value as number,
    rolling12: allShown && row.rolling12 !== null ? pub.total(row.rolling12).value : null,
  }));
  const hidden = data.trend.filter((row) => months.cells[row.month].value === null).map((row) => monthName(row.month));
  const svg = trendChart(rows, { ariaLabel: 'Records per month', document: ctx.document, width: 900, height: 380 });
  const first = data.trend[0];
  const last = data.trend.at(-1);
  return {
    id: 'trend',
    title: first && last ? `${count(pub, months.total)} flagged records from ${esc(monthName(first.month))} to ${esc(monthName(last.month))}` : 'Trend',
    subtitle: `Records per month over every month of the extract (not only ${esc(ctx.period)}); the line is the average month over the last 12 where twelve months are available. `
      + 'Flags began in October 2013, so the first months may undercount.',
    body: figure(svg, hiddenNote(hidden)),
    figures: { by_month: pub.jsonBreakdown(months) },
  };
}

/** What the data cannot say, as the dashboard's caveats panel states it. */
export function caveatsSlide(ctx: PackContext, synthetic: boolean): Slide {
  const { pub, data } = ctx;
  const rel = data.suspects.relationships;
  const relationships = pub.breakdown({ recorded: rel.recorded, not_recorded: rel.total - rel.recorded });
  const items = [
    'CSE is a flag that officers apply by hand, and unevenly: these are records someone flagged, not how many children are exploited. A rise can mean better flagging as much as more abuse.',
    'Flags began in October 2013: FY 2013/14 covers six months only, so volumes before and after cannot be compared like for like.',
    `Only ${percent(pub.share(relationships.cells.recorded, relationships.total))} of records (${count(pub, relationships.cells.recorded)} of ${count(pub, relationships.total)}) record the suspect's relationship to the victim: relationship figures describe those records only.`,
    'Victims are counted once each, described by their latest record in the selection; records count offences and enquiries, and one child can have several.',
    'Borough maps place records by offence borough and victims by home borough; records with an unknown location and victims living outside London are not on the map.',
  ].map((item) => (item.includes('<span') ? item : esc(item)));
  if (synthetic) items.unshift(esc('The demo extract is synthetic: no real child, suspect or crime. Do not draw conclusions about London from it.'));
  return {
    id: 'caveats',
    title: 'What this data cannot tell you',
    subtitle: 'Read every figure in this pack with these caveats.',
    body: `<ul class="plain">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
  };
}

/** Method, disclosure control and the reference-data attributions; `extra` items (escaped HTML) are added before the attributions. */
export function methodSlide(ctx: PackContext, source: string, extra: readonly string[] = []): Slide {
  const { minCell, roundToFive } = ctx.pub.rule;
  const items = [
    `Source: ${esc(source)}, read with the extract's reading rules; figures for ${esc(ctx.period)}. Records are CSE-flagged offences and enquiries; victims are distinct children.`,
    `Disclosure control: counts from 1 to ${minCell - 1} are shown as &lt;${minCell}; [c] marks a count hidden so that a small count cannot be worked out from a total. `
      + `Threshold used: ${minCell}${minCell === DEFAULT_MIN_CELL ? ' (the default for public outputs)' : ''}. Zero is shown.`,
    roundToFive ? 'Every published count is rounded to the nearest 5, so parts may not add up to totals.' : 'Counts are not rounded.',
    'Percentages and rates are not shown where a count behind them is hidden; charts leave hidden counts out and name them in a note; hidden boroughs are hatched grey on the maps.',
    `Records by offence borough, by month, by borough and category, and the cross-border flows are published with every total, in this pack and in every borough pack of the same period, `
      + `so they are suppressed together and audited exactly: no hidden count can be narrowed to fewer than ${protectionWidth(minCell) + 1} possible values by solving the published totals. `
      + `In those tables &lt;${minCell} covers zero too.`,
    ...extra,
    'Contains National Statistics data © Crown copyright and database right 2025. Contains OS data © Crown copyright and database right 2025.',
    'Sub-regions: London Plan sub-regions, Greater London Authority (GLA).',
  ];
  return {
    id: 'method',
    title: 'Method and disclosure control',
    subtitle: 'How the figures were made and protected.',
    body: `<ul class="plain">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
  };
}
