/** Borough lookups and borough figures. */
import type { DbClient } from '../data/client';
import { COLUMNS } from '../data/format';
import { cellReader } from '../data/reading/cellRules';
import { BOROUGHS } from '../data/reference/boroughs';
import type { Subregion } from '../data/reference/types';
import { completeCounts, countBy, sumCounts } from './counts';
import type { Filters } from './filters';
import { poissonInterval } from './poisson';

const readOffenceBorough = cellReader(COLUMNS.find((column) => column.name === 'offence_borough')!);

/**
 * The ONS code of a borough written any way the reading rules accept (name, alias, `&`, prefix, code),
 * or null. Read by the very rules a file's offence_borough is read by, so a URL or command line resolves
 * exactly as a file does.
 */
export function resolveBorough(text: string): string | null {
  const { value, reason } = readOffenceBorough(text);
  return !reason && typeof value === 'string' && BOROUGHS.some((borough) => borough.code === value) ? value : null;
}

/** The name of a borough from its ONS code (the code itself when unknown). */
export function boroughName(code: string): string {
  return BOROUGHS.find((borough) => borough.code === code)?.name ?? code;
}

/** Where a figure places a child: records by offence borough, or victims by their home borough. */
export type PlaceBasis = 'offence' | 'home';

/** The London Plan sub-regions, alphabetically as the plan lists them. */
export const SUBREGIONS: readonly Subregion[] = ['Central', 'East', 'North', 'South', 'West'];
/** Places a borough map cannot show: a home outside London, an unknown offence location, a blank home. */
export const UNMAPPED = ['outside_london', 'unknown', 'not_recorded'] as const;
/** A sub-region or one of the unmapped places: the keys of `SubregionTotals.counts`. */
export type PlaceGroup = Subregion | (typeof UNMAPPED)[number];

/**
 * Counts per place: records by `offence_borough` (a code or `unknown`), or victims by their latest
 * record's `victim_home_borough` (a code, `outside_london`, or `not_recorded` for a blank).
 */
export async function countsByPlace(db: DbClient, filters: Filters, basis: PlaceBasis): Promise<Record<string, number>> {
  if (basis !== 'offence' && basis !== 'home') throw new Error(`Unknown basis ${String(basis)}: use offence or home.`);
  const rows = basis === 'offence'
    ? await countBy(db, filters, 'records', 'offence_borough')
    : await countBy(db, filters, 'victims', 'victim_home_borough');
  return completeCounts(rows, [...BOROUGHS.map((b) => b.code), ...UNMAPPED], 'not_recorded');
}

/** One borough on the map or in the league table. */
export interface BoroughFigure {
  code: string;
  name: string;
  subregion: Subregion;
  /** Records by offence borough, or victims by home borough. */
  count: number;
  /** Children aged 0–17 (ONS mid-year estimate). */
  children: number;
  ratePer10k: number;
  /** Exact Poisson 95% interval of the count, as rates per 10,000 children. */
  ci95: { low: number; high: number };
  /** 1 = highest count of the 33; equal counts share a rank (1, 2, 2, 4). */
  rank: number;
}

/** All 33 boroughs (zeros included) and London's own rate. */
export interface BoroughFigures {
  basis: PlaceBasis;
  boroughs: BoroughFigure[];
  /** Count placed in a London borough: unknown places and homes outside London are left out. */
  londonCount: number;
  londonChildren: number;
  londonRate: number;
}

/** Rate per 10,000 children. */
export const per10k = (count: number, children: number): number => (count / children) * 10_000;

/** Counts, rates, 95% intervals and ranks for every borough, sorted by ONS code. */
export async function boroughFigures(db: DbClient, filters: Filters, basis: PlaceBasis): Promise<BoroughFigures> {
  const counts = await countsByPlace(db, filters, basis);
  const boroughs = BOROUGHS.map((borough): BoroughFigure => {
    const count = counts[borough.code];
    const ci = poissonInterval(count);
    return {
      code: borough.code, name: borough.name, subregion: borough.subregion as Subregion, count,
      children: borough.children, ratePer10k: per10k(count, borough.children),
      ci95: { low: per10k(ci.low, borough.children), high: per10k(ci.high, borough.children) },
      rank: 1 + BOROUGHS.filter((other) => counts[other.code] > count).length,
    };
  });
  const londonCount = sumCounts(Object.fromEntries(boroughs.map((b) => [b.code, b.count])));
  const londonChildren = BOROUGHS.reduce((sum, b) => sum + b.children, 0);
  return { basis, boroughs, londonCount, londonChildren, londonRate: per10k(londonCount, londonChildren) };
}

/** Totals by sub-region, with the places the map cannot show, and the whole they are taken from. */
export interface SubregionTotals {
  basis: PlaceBasis;
  counts: Record<PlaceGroup, number>;
  /** Every record (offence basis) or victim (home basis) in the selection. */
  total: number;
}

/** Records by offence sub-region, or victims by home sub-region, plus outside London / unknown / not recorded. */
export async function subregionTotals(db: DbClient, filters: Filters, basis: PlaceBasis): Promise<SubregionTotals> {
  const byPlace = await countsByPlace(db, filters, basis);
  const counts = Object.fromEntries([...SUBREGIONS, ...UNMAPPED].map((key) => [key, 0])) as Record<PlaceGroup, number>;
  for (const borough of BOROUGHS) counts[borough.subregion as Subregion] += byPlace[borough.code];
  for (const key of UNMAPPED) counts[key] = byPlace[key];
  return { basis, counts, total: sumCounts(byPlace) };
}
