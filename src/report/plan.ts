/**
 * The publication plan: the London-wide tables that the London pack and every borough pack publish a
 * part of, suppressed once. With 33 borough packs out, each borough's row and column of the flows table
 * and its categories together publish the whole home × offence × category chain with every margin, so the
 * chain is suppressed jointly (src/disclosure/linked.ts) and every pack reads its cells from the one
 * result: a count hidden in one pack is hidden in all, and cannot be solved from their totals.
 */
import type { DbClient } from '../data/client';
import { suppressLinked, type PublishedLinked } from '../disclosure/linked';
import { UnprotectableError } from '../disclosure/protect';
import { publishTotal, type PublishedCell, type SuppressionRule } from '../disclosure/suppress';
import { countsByPlace } from '../queries/boroughs';
import type { Filters } from '../queries/filters';
import { CATEGORY_KEYS, flowTable, HOME_PLACES, OFFENCE_PLACES, onlineByPlace, placeCategoryTable, placeMonthTable } from '../queries/flows';
import { Publisher, type PublishedBreakdown } from './publish';

/** Everything published about places, for one selection and rule. */
export interface PublicationPlan {
  /** Records by home place × offence place; null when withheld (no suppression could protect it). */
  flows: PublishedCell[][] | null;
  /** Records by home place (the flows' row totals); null when withheld. */
  homeRecords: PublishedCell[] | null;
  /** Records by offence place (`OFFENCE_PLACES`), with the grand total. */
  offence: PublishedBreakdown<string>;
  /** Records by offence place × category, and London's records by category. */
  categories: PublishedCell[][];
  londonCategories: PublishedBreakdown<(typeof CATEGORY_KEYS)[number]>;
  /** Records by offence place × month over every month of the extract, with London's monthly totals. */
  months: readonly string[];
  placeMonths: PublishedCell[][];
  londonMonths: PublishedBreakdown<string>;
  /** Online records by offence place (a breakdown with its London total). */
  online: PublishedBreakdown<string>;
  /** Victims by home place (33 boroughs, outside London, not recorded), as the London pack publishes them. */
  homeVictims: PublishedBreakdown<string>;
}

const keyed = <K extends string>(keys: readonly K[], cells: readonly PublishedCell[]) =>
  Object.fromEntries(keys.map((key, i) => [key, cells[i]])) as Record<K, PublishedCell>;

/** The flows and categories chain; the categories alone when the flows cannot be protected; or all withheld. */
function chain(flows: number[][], categories: number[][], rule: SuppressionRule): { published: PublishedLinked; withFlows: boolean } {
  try {
    return { published: suppressLinked({ layers: [HOME_PLACES, OFFENCE_PLACES, CATEGORY_KEYS], tables: [flows, categories] }, rule), withFlows: true };
  } catch (error) {
    if (!(error instanceof UnprotectableError)) throw error;
  }
  try {
    const published = suppressLinked({ layers: [OFFENCE_PLACES, CATEGORY_KEYS], tables: [categories] }, rule);
    return { published: { ...published, tables: [[], ...published.tables], margins: [[], ...published.margins] }, withFlows: false };
  } catch (error) {
    if (!(error instanceof UnprotectableError)) throw error;
    // Nothing by place can be published safely (a tiny selection): every place count is hidden.
    const total = categories.flat().reduce((a, b) => a + b, 0);
    const hidden = withheldChain([OFFENCE_PLACES, CATEGORY_KEYS], publishTotal(total, rule));
    return { published: { ...hidden, tables: [[], ...hidden.tables], margins: [[], ...hidden.margins] }, withFlows: false };
  }
}

/** Every cell of a chain hidden: what is published when no suppression pattern can protect it. */
function withheldChain(layers: readonly (readonly string[])[], total: PublishedCell): PublishedLinked {
  const hidden = (): PublishedCell => ({ value: null, suppressed: 'secondary' });
  return { tables: layers.slice(1).map((keys, i) => layers[i].map(() => keys.map(hidden))), margins: layers.map((keys) => keys.map(hidden)), total };
}

/** The place × month table suppressed, or withheld whole (the trend is then not drawn) when it cannot be protected. */
function monthsOrWithheld(months: readonly string[], counts: number[][], pub: Publisher): PublishedLinked {
  if (!months.length) return { tables: [[]], margins: [OFFENCE_PLACES.map(() => pub.total(0)), []], total: pub.total(0) };
  try {
    return suppressLinked({ layers: [OFFENCE_PLACES, months], tables: [counts] }, pub.rule);
  } catch (error) {
    if (!(error instanceof UnprotectableError)) throw error;
    return withheldChain([OFFENCE_PLACES, months], pub.total(counts.flat().reduce((a, b) => a + b, 0)));
  }
}

/**
 * Computes and suppresses the plan for `filters` (London-wide: no borough filter). The months run over
 * every month of the extract with the other filters, as the London pack's trend does.
 */
export async function publicationPlan(db: DbClient, filters: Filters, pub: Publisher): Promise<PublicationPlan> {
  const flows = await flowTable(db, filters);
  const categories = await placeCategoryTable(db, filters);
  const { published, withFlows } = chain(flows.counts, categories.counts, pub.rule);
  const { fy: _fy, from: _from, to: _to, ...allMonths } = filters;
  const monthTable = await placeMonthTable(db, allMonths);
  const trend = monthsOrWithheld(monthTable.columns, monthTable.counts, pub);
  return {
    flows: withFlows ? published.tables[0] : null,
    homeRecords: withFlows ? published.margins[0] : null,
    offence: { cells: keyed(OFFENCE_PLACES, published.margins[1]), total: published.total },
    categories: published.tables[1],
    londonCategories: { cells: keyed(CATEGORY_KEYS, published.margins[2]), total: published.total },
    months: monthTable.columns,
    placeMonths: trend.tables[0],
    londonMonths: { cells: keyed(monthTable.columns, trend.margins[1]), total: trend.total },
    online: pub.breakdown(await onlineByPlace(db, filters)),
    homeVictims: pub.breakdown(await countsByPlace(db, filters, 'home').then((counts) =>
      Object.fromEntries(HOME_PLACES.map((place) => [place, counts[place]])))),
  };
}
