/** How cases reach the police, who investigates them, and the children's missing episodes. */
import { histogramChart } from '../../charts/index';
import type { PublishedCell } from '../../disclosure/suppress';
import type { RouteFigures } from '../../queries/routes';
import { figure, hiddenNote, publishedBars, publishedTable, type PackContext } from './context';
import type { Slide } from './frame';
import { count, esc, inWords, percent, valueLabel } from './words';

/** A route or unit breakdown published with its not-recorded cell. */
function publishRoutes(ctx: PackContext, figures: RouteFigures) {
  const counts: Record<string, number> = { ...Object.fromEntries(figures.rows.map((row) => [row.key, row.count])), not_recorded: figures.notRecorded };
  return ctx.pub.breakdown(counts);
}

/** The recorded keys' published cells, largest first, and their published sum. */
function recordedRows(ctx: PackContext, figures: RouteFigures) {
  const published = publishRoutes(ctx, figures);
  const keys = figures.rows.map((row) => row.key);
  const recorded = ctx.pub.subtotal(keys.map((key) => published.cells[key]), published.total, [published.cells.not_recorded]);
  return { published, rows: keys.map((key) => [valueLabel(key), published.cells[key]] as const), recorded };
}

/** Referral routes: "phone calls are the single most frequent method … the second is Social Services". */
export function referralSlide(ctx: PackContext): Slide {
  const { pub } = ctx;
  const { published, rows, recorded } = recordedRows(ctx, ctx.data.routes.referral);
  const [first, second] = rows.filter(([, cell]) => cell.value !== null);
  return {
    id: 'referral',
    title: first && second ? `${esc(first[0])} was the most frequent referral route (${percent(pub.share(first[1], recorded))}), then ${esc(second[0].toLowerCase())}` : 'Referral routes',
    subtitle: `${count(pub, recorded)} of ${count(pub, published.total)} records with a referral route recorded, ${esc(ctx.period)}`,
    body: `${publishedBars(ctx, rows, { ariaLabel: 'Records by referral route', width: 560, height: 300 })}
<div>${publishedTable(pub, 'Records by referral route', ['', 'Records'], [...rows, ['Not recorded', published.cells.not_recorded]])}</div>`,
    figures: { by_referral_source: pub.jsonBreakdown(published) },
  };
}

/** Investigating units: "two thirds … Territorial Policing Boroughs as the Investigating Unit". */
export function unitsSlide(ctx: PackContext): Slide {
  const { pub } = ctx;
  const { published, rows, recorded } = recordedRows(ctx, ctx.data.routes.units);
  const borough = published.cells.borough as PublishedCell | undefined;
  // When the recorded subtotal would reveal a hidden not-recorded count, shares are of all records instead.
  const [base, of] = recorded.value !== null ? [recorded, 'records with an investigating unit recorded'] : [published.total, 'records'];
  return {
    id: 'units',
    title: borough ? `${esc(inWords(pub.share(borough, base)))} investigations were led by borough (TP) units; the rest by CAIT, Sapphire and others` : 'Investigating units',
    subtitle: `${borough ? count(pub, borough) : '–'} of ${count(pub, base)} ${of} `
      + `(${count(pub, published.cells.not_recorded)} with no unit recorded), ${esc(ctx.period)}`,
    body: `${publishedBars(ctx, rows, { ariaLabel: 'Records by investigating unit', width: 560, height: 240 })}
<div>${publishedTable(pub, 'Records by investigating unit', ['', 'Records'], [...rows, ['Not recorded', published.cells.not_recorded]])}</div>`,
    figures: { by_investigating_unit: pub.jsonBreakdown(published) },
  };
}

/** Missing episodes: "two thirds of recorded victims had been reported missing in the preceding 12 months". */
export function missingSlide(ctx: PackContext): Slide {
  const { pub, data } = ctx;
  const { missing, known } = data.missing.byCategory.reduce((s, r) => ({ missing: s.missing + r.missing, known: s.known + r.known }), { missing: 0, known: 0 });
  const status = pub.breakdown({ missing, not_missing: known - missing, unknown: data.missing.episodes.unknown });
  const bins = pub.breakdown(Object.fromEntries(data.missing.episodes.rows.map((row) => [row.episodes, row.victims])) as Record<string, number>);
  const shown = data.missing.episodes.rows.filter((row) => bins.cells[row.episodes].value !== null)
    .map((row) => ({ bin: row.episodes, value: bins.cells[row.episodes].value as number }));
  const hidden = data.missing.episodes.rows.filter((row) => bins.cells[row.episodes].value === null).map((row) => `${row.episodes} episodes`);
  const chart = histogramChart(shown, { ariaLabel: 'Victims by missing episodes in the 12 months before', document: ctx.document,
    width: 620, height: 360, xLabel: 'Missing episodes in the 12 months before', emphasisLabel: '15 or more episodes' });
  const knownCell = pub.subtotal([status.cells.missing, status.cells.not_missing], status.total, [status.cells.unknown]);
  return {
    id: 'missing',
    title: `${esc(inWords(pub.share(status.cells.missing, knownCell)))} victims had been reported missing in the 12 months before their latest record`,
    subtitle: `${count(pub, status.cells.missing)} of ${count(pub, knownCell)} victims whose missing-episode count is recorded `
      + `(${count(pub, status.cells.unknown)} not recorded), ${esc(ctx.period)}. ${count(pub, bins.cells['15+'])} were reported missing 15 or more times.`,
    body: `${figure(chart, hiddenNote(hidden))}
<div>${publishedTable(pub, 'Victims by missing status', ['', 'Victims'], [['Reported missing', status.cells.missing],
    ['Not reported missing', status.cells.not_missing], ['Not recorded', status.cells.unknown], ['All victims', status.total]])}</div>`,
    figures: { victims_missing_12m: pub.jsonBreakdown(status), missing_episodes: pub.jsonBreakdown(bins) },
  };
}
