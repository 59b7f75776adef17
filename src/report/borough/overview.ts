/** The borough pack's cover (its records, its victims, its rank of 33) and the borough beside its sub-region and London. */
import { stackedProportionChart, type ProportionRow } from '../../charts/index';
import type { PublishedCell } from '../../disclosure/suppress';
import { CATEGORY_KEYS } from '../../queries/flows';
import { figure, publishedTable, type PublishedRow } from '../london/context';
import type { Slide } from '../london/frame';
import { publishedRank } from '../london/rates';
import { CATEGORY_LABELS, CATEGORY_SHORT, count, esc, percent } from '../london/words';
import { boroughCategories, boroughsIn, type BoroughContext } from './context';

type Cat = (typeof CATEGORY_KEYS)[number];

/** "4th of the 31 boroughs whose count is published", or why there is no rank. */
function rankText(ctx: BoroughContext, basis: 'offence' | 'home'): string {
  const rank = publishedRank(ctx, basis, ctx.code);
  if (!rank) return 'not ranked: its count is hidden';
  const suffix = rank.rank % 10 === 1 && rank.rank !== 11 ? 'st' : rank.rank % 10 === 2 && rank.rank !== 12 ? 'nd' : rank.rank % 10 === 3 && rank.rank !== 13 ? 'rd' : 'th';
  return `${rank.rank}${suffix} of the ${rank.of} boroughs whose count is published`;
}

/** The cover: records in the borough, victims living in it, and its ranks. */
export function boroughCover(ctx: BoroughContext, heading: string): Slide {
  const { pub, plan } = ctx;
  const records = plan.offence.cells[ctx.code];
  const victims = plan.homeVictims.cells[ctx.code];
  const tile = (big: string, words: string) => `<div class="tile"><div class="big">${big}</div><p>${words}</p></div>`;
  return {
    id: 'cover',
    title: `${esc(heading)}, ${esc(ctx.period)}`,
    subtitle: `Metropolitan Police Service records flagged as CSE: ${esc(ctx.name)} beside its sub-region (${esc(ctx.subregion)} London) and London.`,
    body: `<div><div class="tiles">${tile(count(pub, records), `Records of CSE in ${esc(ctx.name)} (offence borough): ${esc(rankText(ctx, 'offence'))}`)}
${tile(count(pub, victims), `Victims living in ${esc(ctx.name)} (home borough): ${esc(rankText(ctx, 'home'))}`)}
${tile(count(pub, plan.offence.total), 'Records in London, for comparison')}</div>
<p class="note">Records count offences and enquiries; victims are distinct children, each counted once.</p></div>`,
    figures: { borough: { code: ctx.code, name: ctx.name, subregion: ctx.subregion }, records: pub.json(records), victims_home: pub.json(victims) },
  };
}

/** Categories and online records for the borough, its sub-region (a sum of published cells only) and London. */
function comparison(ctx: BoroughContext): { label: string; cells: Record<Cat | 'online' | 'all', PublishedCell> }[] {
  const { pub, plan } = ctx;
  const own = boroughCategories(ctx);
  const members = boroughsIn(ctx.subregion);
  const sub = (pick: (code: string) => PublishedCell) => pub.sumOf(members.map(pick));
  return [
    { label: ctx.name, cells: { ...own, online: plan.online.cells[ctx.code], all: plan.offence.cells[ctx.code] } },
    { label: `${ctx.subregion} London`, cells: { ...Object.fromEntries(CATEGORY_KEYS.map((k) => [k, sub((c) => boroughCategories(ctx, c)[k])])) as Record<Cat, PublishedCell>,
      online: sub((c) => plan.online.cells[c]), all: sub((c) => plan.offence.cells[c]) } },
    { label: 'London', cells: { ...plan.londonCategories.cells, online: plan.online.total, all: plan.offence.total } },
  ];
}

/** The borough beside its sub-region and London: category mix and online share. */
export function compareSlide(ctx: BoroughContext): Slide {
  const { pub } = ctx;
  const rows = comparison(ctx);
  const drawn = rows.filter((row) => CATEGORY_KEYS.every((k) => row.cells[k].value !== null));
  const bars: ProportionRow[] = drawn.flatMap((row) => CATEGORY_KEYS.map((k) => ({ x: row.label, series: CATEGORY_SHORT[k], value: row.cells[k].value ?? 0 })));
  const svg = stackedProportionChart(bars, { ariaLabel: 'Share of records in each CSE category', document: ctx.document,
    seriesOrder: CATEGORY_KEYS.map((k) => CATEGORY_SHORT[k]), width: 460, height: 380 });
  const table: PublishedRow[] = rows.map((row) => [row.label, ...CATEGORY_KEYS.map((k) => row.cells[k]), row.cells.online, row.cells.all] as const);
  const [own, , london] = rows;
  const share1 = pub.share(own.cells['1'], own.cells.all);
  const onlineShare = pub.share(own.cells.online, own.cells.all);
  return {
    id: 'compare',
    title: `${percent(share1)} of records in ${esc(ctx.name)} were Category 1 'At risk' (London ${percent(pub.share(london.cells['1'], london.cells.all))}); `
      + `online-flagged: ${onlineShare === null ? `${count(pub, own.cells.online)} records` : percent(onlineShare)} (London ${percent(pub.share(london.cells.online, london.cells.all))})`,
    subtitle: `Records by offence borough, ${esc(ctx.period)}. The sub-region is shown only where every borough's count in it is published.`,
    body: `${figure(svg, drawn.length < rows.length ? `Not drawn (a category count is hidden): ${esc(rows.filter((r) => !drawn.includes(r)).map((r) => r.label).join(', '))}.` : '')}
<div>${publishedTable(pub, 'Records by CSE category, online flag and area', ['', ...CATEGORY_KEYS.map((k) => CATEGORY_LABELS[k]), 'Online', 'All records'], table)}</div>`,
    figures: { comparison: Object.fromEntries(rows.map((row, i) => [['borough', 'subregion', 'london'][i],
      Object.fromEntries(Object.entries(row.cells).map(([k, cell]) => [k, pub.json(cell)]))])) },
  };
}
