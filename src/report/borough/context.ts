/**
 * What a borough page is built from: the London-wide context (figures, plan, rule) shared by all 33 packs
 * of a run, the borough, and the borough's own figures (records whose offence happened in it). Every
 * count of the borough that is also a cell of a London-wide table (its records, categories, online
 * records, months, flows) is read from the plan, so a cell hidden in one pack is hidden in all.
 */
import { BOROUGHS } from '../../data/reference/boroughs';
import type { PublishedCell } from '../../disclosure/suppress';
import type { DashboardData } from '../../queries/dashboard';
import { CATEGORY_KEYS, HOME_PLACES, OFFENCE_PLACES } from '../../queries/flows';
import type { PackContext } from '../london/context';

/** A borough page's context. */
export interface BoroughContext extends PackContext {
  /** The borough's ONS code and name, and its London Plan sub-region. */
  code: string;
  name: string;
  subregion: string;
  /** The borough's own figures (offence borough = this borough), for what no London-wide table holds. */
  local: DashboardData;
}

/** A borough's code, name and sub-region, or throws for a code that is not a London borough. */
export function boroughOf(code: string): { code: string; name: string; subregion: string } {
  const borough = BOROUGHS.find((b) => b.code === code);
  if (!borough) throw new Error(`${code} is not a London borough code.`);
  return { code, name: borough.name, subregion: borough.subregion };
}

/** The boroughs of a sub-region. */
export const boroughsIn = (subregion: string): string[] => BOROUGHS.filter((b) => b.subregion === subregion).map((b) => b.code);

/** The borough's records by category ('1', '2', '3') from the plan's place × category table. */
export function boroughCategories(ctx: BoroughContext, code = ctx.code): Record<(typeof CATEGORY_KEYS)[number], PublishedCell> {
  const row = ctx.plan.categories[OFFENCE_PLACES.indexOf(code)];
  return Object.fromEntries(CATEGORY_KEYS.map((key, i) => [key, row[i]])) as Record<(typeof CATEGORY_KEYS)[number], PublishedCell>;
}

/** Records of children living in the borough, by offence place (a row of the flows); null when withheld. */
export function flowsOut(ctx: BoroughContext): { place: string; cell: PublishedCell }[] | null {
  const row = ctx.plan.flows?.[HOME_PLACES.indexOf(ctx.code)];
  return row ? OFFENCE_PLACES.map((place, i) => ({ place, cell: row[i] })) : null;
}

/** Records of offences in the borough, by the victim's home place (a column of the flows); null when withheld. */
export function flowsIn(ctx: BoroughContext): { place: string; cell: PublishedCell }[] | null {
  const column = OFFENCE_PLACES.indexOf(ctx.code);
  return ctx.plan.flows ? HOME_PLACES.map((place, i) => ({ place, cell: ctx.plan.flows![i][column] })) : null;
}

/** The borough's records per month (every month of the extract) from the plan's place × month table. */
export function boroughMonths(ctx: BoroughContext): { month: string; cell: PublishedCell }[] {
  const row = ctx.plan.placeMonths[OFFENCE_PLACES.indexOf(ctx.code)] ?? [];
  return ctx.plan.months.map((month, i) => ({ month, cell: row[i] }));
}
