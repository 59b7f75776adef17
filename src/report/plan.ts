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
import type { PublishedCell, SuppressionRule } from '../disclosure/suppress';
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

/** The flows and categories chain, or the categories alone when the flows cannot be protected. */
function chain(flows: number[][], categories: number[][], rule: SuppressionRule): { published: PublishedLinked; withFlows: boolean } {
  try {
    return { published: suppressLinked({ layers: [HOME_PLACES, OFFENCE_PLACES, CATEGORY_KEYS], tables: [flows, categories] }, rule), withFlows: true };
  } catch (error) {
    if (!(error instanceof UnprotectableError)) throw error;
    const published = suppressLinked({ layers: [OFFENCE_PLACES, CATEGORY_KEYS], tables: [categories] }, rule);
    return { published: { ...published, tables: [[], ...published.tables], margins: [[], ...published.margins] }, withFlows: false };
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
  const trend = monthTable.columns.length
    ? suppressLinked({ layers: [OFFENCE_PLACES, monthTable.columns], tables: [monthTable.counts] }, pub.rule)
    : { tables: [[]], margins: [OFFENCE_PLACES.map(() => ({ value: 0, suppressed: false }) as PublishedCell), []], total: pub.total(0) };
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
