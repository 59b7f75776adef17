/** Online CSE: "70 online flagged investigations, 45% in East London, 70% Category 1". */
import { publishedBars, publishedTable, type PackContext } from './context';
import { subregionSums } from './places';
import type { Slide } from './frame';
import { CATEGORY_SHORT, count, esc, percent } from './words';

type Cat = '1' | '2' | '3';

/** The online slide: volume, category split and where online records happened. */
export function onlineSlide(ctx: PackContext): Slide {
  const { pub, data } = ctx;
  const totals = data.online.totals;
  // Online against everything else: the not-online count is never published, so the small not-recorded one cannot be derived.
  const flag = pub.breakdown({ online: totals.online, not_online_or_not_recorded: totals.notOnline + totals.notRecorded });
  const notRecorded = pub.total(totals.notRecorded);
  const categories = pub.breakdown(data.online.byCategory.counts);
  // Sums of the online counts by borough that the borough packs publish, so neither can undo the other's suppression.
  const places = subregionSums(ctx, ctx.plan.online, ['unknown']);
  const placeRows = Object.entries(places.cells).map(([key, cell]) => [key === 'unknown' ? 'Unknown location' : `${key} London`, cell] as const);
  const top = Object.entries(places.cells).filter(([, cell]) => cell.value !== null).sort((a, b) => (b[1].value ?? 0) - (a[1].value ?? 0))[0];
  const topShare = top ? pub.share(top[1], places.total) : null;
  const cat1 = pub.share(categories.cells['1'], categories.total);
  const where = top && topShare !== null ? `; ${percent(topShare)} were in ${top[0] === 'unknown' ? 'an unknown location' : `${esc(top[0])} London`}` : '';
  return {
    id: 'online',
    title: `${count(pub, flag.cells.online)} online CSE records, ${percent(pub.share(flag.cells.online, flag.total))} of all records${where}`,
    subtitle: `${count(pub, flag.cells.online)} of ${count(pub, flag.total)} records flagged online, ${esc(ctx.period)}; `
      + `${count(pub, notRecorded)} have no online flag recorded. ${percent(cat1)} of online records were Category 1 `
      + `(${count(pub, categories.cells['1'])} of ${count(pub, categories.total)}).`,
    body: `${publishedBars(ctx, placeRows, { ariaLabel: 'Online records by sub-region of the offence borough', width: 460, height: 300, sort: 'none' })}
<div>${publishedBars(ctx, (['1', '2', '3'] as Cat[]).map((c) => [CATEGORY_SHORT[c], categories.cells[c]] as const),
    { ariaLabel: 'Online records by CSE category', width: 420, height: 170, sort: 'none' })}
${publishedTable(pub, 'Online records by sub-region', ['', 'Records'], placeRows)}</div>`,
    figures: { online: { flag: pub.jsonBreakdown(flag), not_recorded: pub.json(notRecorded), by_category: pub.jsonBreakdown(categories), by_subregion: pub.jsonBreakdown(places) } },
  };
}

