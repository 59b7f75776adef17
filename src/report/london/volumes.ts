/** The cover (the headline numbers) and the volumes-and-categories slide (categories by financial year). */
import { stackedProportionChart, type ProportionRow } from '../../charts/index';
import type { PublishedCell } from '../../disclosure/suppress';
import { figure, publishedTable, type PackContext, type PublishedRow } from './context';
import type { Slide } from './frame';
import { CATEGORY_LABELS, CATEGORY_SHORT, count, esc, inWords, percent } from './words';

type Cat = '1' | '2' | '3';
const CATS: Cat[] = ['1', '2', '3'];

/** The cover: flagged records, the Category 1 share and victims, as the MOPAC pack opens. */
export function coverSlide(ctx: PackContext): Slide {
  const { pub, data } = ctx;
  const records = pub.total(data.headline.current.records);
  const victims = pub.total(data.headline.current.victims);
  // London's categories are the margins of the place × category table the borough packs publish.
  const categories = ctx.plan.londonCategories;
  const cat1 = pub.share(categories.cells['1'], categories.total);
  const tile = (big: string, words: string) => `<div class="tile"><div class="big">${big}</div><p>${words}</p></div>`;
  return {
    id: 'cover',
    title: `Child sexual exploitation in London: flagged records, ${esc(ctx.period)}`,
    subtitle: 'Metropolitan Police Service records flagged as CSE, reproducing the MOPAC Challenge pack of 10 June 2015 (ACPO definition of CSE).',
    body: `<div><div class="tiles">${tile(count(pub, records), `Flagged offences and enquiries, ${esc(ctx.period)}`)}
${tile(esc(inWords(cat1)), `Category 1 CSE enquiry ('At risk'): ${count(pub, categories.cells['1'])} of ${count(pub, categories.total)} records`)}
${tile(count(pub, victims), 'Distinct victims, each counted once')}</div>
<p class="note">Flags were introduced in October 2013, so volumes before and after cannot be compared like for like.</p></div>`,
    figures: { records: pub.json(records), victims: pub.json(victims), by_category: pub.jsonBreakdown(categories) },
  };
}

/** Each financial year's categories, published; a year with a hidden cell is tabled but not drawn. */
function yearRows(ctx: PackContext): { fy: string; cells: Record<Cat, PublishedCell>; total: PublishedCell }[] {
  const years = [...new Set(ctx.data.categories.byFy.map((row) => row.period))];
  return years.map((fy) => {
    const counts = Object.fromEntries(CATS.map((c) => [c, ctx.data.categories.byFy
      .filter((row) => row.period === fy && String(row.category) === c).reduce((s, row) => s + row.count, 0)])) as Record<Cat, number>;
    return { fy, ...ctx.pub.breakdown(counts) };
  });
}

/** Volumes and categories: "the majority of CSE recorded was Category 1 'At risk'". */
export function categoriesSlide(ctx: PackContext): Slide {
  const { pub, data } = ctx;
  const overall = ctx.plan.londonCategories;
  const years = yearRows(ctx);
  const drawn = years.filter((year) => CATS.every((c) => year.cells[c].value !== null));
  const rows: ProportionRow[] = drawn.flatMap((year) => CATS.map((c) => ({ x: year.fy, series: CATEGORY_SHORT[c], value: year.cells[c].value ?? 0 })));
  const svg = stackedProportionChart(rows, { ariaLabel: 'Share of records in each CSE category by financial year', document: ctx.document,
    seriesOrder: CATS.map((c) => CATEGORY_SHORT[c]), width: 560, height: 420 });
  const skipped = years.filter((year) => !drawn.includes(year)).map((year) => year.fy);
  const table: PublishedRow[] = years.map((year) => [`FY ${year.fy}`, ...CATS.map((c) => year.cells[c]), year.total] as const);
  const share1 = pub.share(overall.cells['1'], overall.total);
  return {
    id: 'categories',
    title: `${esc(inWords(share1))} flagged records in London were Category 1 'At risk'`,
    subtitle: `${count(pub, overall.cells['1'])} of ${count(pub, overall.total)} records, ${esc(ctx.period)} (${percent(share1)}). `
      + 'Bars: every financial year in the selection; FY 2013/14 runs from October 2013 only.',
    body: `${figure(svg, skipped.length ? `Not drawn (a category count is hidden): ${esc(skipped.join(', '))}.` : '')}
<div>${publishedTable(pub, 'Records by CSE category and financial year', ['', ...CATS.map((c) => CATEGORY_LABELS[c]), 'All'], table)}</div>`,
    figures: { categories_by_fy: Object.fromEntries(years.map((y) => [y.fy, { total: pub.json(y.total), counts: pub.jsonCells(y.cells) }])) },
  };
}
