/**
 * Missing episodes: "two thirds of recorded victims had been reported missing in the preceding 12 months",
 * often many times, and many were looked-after children. All victim-based: each child once, described by
 * their latest record in the selection. A blank episode count is "unknown", never zero.
 */
import type { DbClient } from '../data/client';
import { CATEGORIES, type Category, type Filters } from './filters';
import { keyCounts, tupleCounts } from './keyCounts';

type Status = 'missing' | 'not_missing' | 'unknown';

/** Victims per (latest category, missing status). */
async function statusByCategory(db: DbClient, filters: Filters): Promise<{ category: Category; status: Status; victims: number }[]> {
  const rows = await tupleCounts(db, filters, 'victims', ['cse_category', 'missing_status']);
  return rows.map(({ keys: [category, status], count }) => ({ category: Number(category) as Category, status: status as Status, victims: count }));
}

/** One category's victims and how many of them went missing. */
export interface MissingCategoryRow {
  category: Category;
  /** Victims with at least one episode. */
  missing: number;
  /** Victims whose episode count is known: the denominator of the share. */
  known: number;
  /** All victims of the category. */
  victims: number;
}

/** Share of victims missing in the prior 12 months, per category of their latest record (all three present). */
export async function missingByCategory(db: DbClient, filters: Filters): Promise<MissingCategoryRow[]> {
  const rows = await statusByCategory(db, filters);
  return CATEGORIES.map((category) => {
    const of = rows.filter((row) => row.category === category);
    const count = (status: Status) => of.filter((row) => row.status === status).reduce((sum, row) => sum + row.victims, 0);
    return { category, missing: count('missing'), known: count('missing') + count('not_missing'), victims: of.reduce((s, r) => s + r.victims, 0) };
  });
}

/** Victims per category within one group; `total` is the group's size. */
export interface CategorySplit {
  counts: Record<'1' | '2' | '3', number>;
  total: number;
}

/** Categories of missing and not-missing victims. */
export interface CategoriesByMissing {
  missing: CategorySplit;
  notMissing: CategorySplit;
}

/** The categories of victims with and without missing episodes (victims with an unknown count left out). */
export async function categoriesByMissing(db: DbClient, filters: Filters): Promise<CategoriesByMissing> {
  const rows = await statusByCategory(db, filters);
  const split = (status: Status): CategorySplit => {
    const counts = { '1': 0, '2': 0, '3': 0 };
    for (const row of rows) if (row.status === status) counts[String(row.category) as '1' | '2' | '3'] += row.victims;
    return { counts, total: counts['1'] + counts['2'] + counts['3'] };
  };
  return { missing: split('missing'), notMissing: split('not_missing') };
}

/** Episode bins: 0 to 14 one by one, then 15 or more (some children go missing dozens of times). */
export const EPISODE_BINS = [...Array.from({ length: 15 }, (_, n) => String(n)), '15+'] as const;

/** Victims by number of missing episodes, every bin present, plus those with no count recorded. */
export interface EpisodeDistribution {
  rows: { episodes: string; victims: number }[];
  /** Victims whose count is not recorded (not in any bin). */
  unknown: number;
  /** All victims. */
  total: number;
}

/** The distribution of missing-episode counts over victims. */
export async function missingEpisodeDistribution(db: DbClient, filters: Filters): Promise<EpisodeDistribution> {
  const counted = (await keyCounts(db, filters, 'victims', 'episode_bin'))
    .map(({ key, count }) => ({ bin: key === null ? null : Number(key), victims: count }));
  const inBin = (bin: number) => counted.find((row) => row.bin === bin)?.victims ?? 0;
  return {
    rows: EPISODE_BINS.map((episodes, bin) => ({ episodes, victims: inBin(bin) })),
    unknown: counted.find((row) => row.bin === null)?.victims ?? 0,
    total: counted.reduce((sum, row) => sum + row.victims, 0),
  };
}

/** Looked-after children within one group of victims. */
export interface LookedAfterGroup {
  lookedAfter: number;
  /** Victims whose looked-after flag is recorded. */
  known: number;
  /** All victims of the group. */
  total: number;
}

/** Looked-after children among missing and not-missing victims. */
export interface LookedAfterByMissing {
  missing: LookedAfterGroup;
  notMissing: LookedAfterGroup;
}

/** Looked-after share among victims who went missing and among those who did not (unknown counts left out). */
export async function lookedAfterByMissing(db: DbClient, filters: Filters): Promise<LookedAfterByMissing> {
  const rows = await tupleCounts(db, filters, 'victims', ['missing_status', 'looked_after']);
  const group = (status: Status): LookedAfterGroup => {
    const of = rows.filter((row) => row.keys[0] === status);
    const sum = (test: (flag: string | null) => boolean) => of.filter((row) => test(row.keys[1])).reduce((n, row) => n + row.count, 0);
    return { lookedAfter: sum((flag) => flag === 'true'), known: sum((flag) => flag !== null), total: sum(() => true) };
  };
  return { missing: group('missing'), notMissing: group('not_missing') };
}
