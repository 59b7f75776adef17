/**
 * Suspects, counted per record (a record names one suspect): "frequently male and of a similar age to
 * victims", and "frequently acquaintances", which together point to peer-on-peer abuse.
 */
import type { DbClient } from '../data/client';
import { completeCounts, countBy, sumCounts } from './counts';
import { GENDERS, type Filters, type Gender } from './filters';
import { tupleCounts } from './keyCounts';

/** Records by suspect gender, all four present; `total` is all records. */
export interface SuspectGenders {
  counts: Record<Gender, number>;
  total: number;
}

/** Records by suspect gender (a blank reads as unknown). */
export async function suspectGenders(db: DbClient, filters: Filters): Promise<SuspectGenders> {
  const counts = completeCounts(await countBy(db, filters, 'records', 'suspect_gender'), GENDERS);
  return { counts, total: sumCounts(counts) };
}

/** How many records pair a victim of one age with a suspect of another. */
export interface AgePairRow {
  victimAge: number;
  suspectAge: number;
  records: number;
}

/** Records by (victim age, suspect age), both ages known, for a heat map; ordered by victim then suspect age. */
export async function agePairs(db: DbClient, filters: Filters): Promise<AgePairRow[]> {
  const rows = await tupleCounts(db, filters, 'records', ['victim_age', 'suspect_age']);
  return rows
    .filter(({ keys: [victim, suspect] }) => victim !== null && suspect !== null)
    .map(({ keys: [victim, suspect], count }) => ({ victimAge: Number(victim), suspectAge: Number(suspect), records: count }))
    .sort((a, b) => a.victimAge - b.victimAge || a.suspectAge - b.suspectAge);
}

/** Age bands shared by victims (0–17) and suspects (10–110), fine where they meet: inclusive bounds. */
export const AGE_COMPARISON_BANDS = [
  { label: 'under 12', min: 0, max: 11 }, { label: '12–13', min: 12, max: 13 }, { label: '14–15', min: 14, max: 15 },
  { label: '16–17', min: 16, max: 17 }, { label: '18–20', min: 18, max: 20 }, { label: '21–24', min: 21, max: 24 },
  { label: '25–34', min: 25, max: 34 }, { label: '35–44', min: 35, max: 44 }, { label: '45 and over', min: 45, max: Infinity },
] as const;

/** Victim and suspect ages compared over the records where both are known. */
export interface AgeComparison {
  /** Records with both ages known: every figure below is over these. */
  records: number;
  /** All records in the selection. */
  total: number;
  /** Victims and suspects per band (each record counts once in each column). */
  bands: { band: string; victims: number; suspects: number }[];
  medianVictimAge: number | null;
  medianSuspectAge: number | null;
  /** Median of suspect age minus victim age, record by record. */
  medianGap: number | null;
  /** Records whose suspect is also under 18. */
  suspectUnder18: number;
  /** Records whose suspect is at most 3 years older or younger than the victim. */
  withinThreeYears: number;
}

/** Median of a distribution of (value, weight) pairs; the mean of the two middle values for an even total. */
export function weightedMedian(pairs: readonly (readonly [number, number])[]): number | null {
  const sorted = [...pairs].filter(([, weight]) => weight > 0).sort((a, b) => a[0] - b[0]);
  const n = sorted.reduce((sum, [, weight]) => sum + weight, 0);
  if (n === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [value, weight] of sorted) if ((seen += weight) > index) return value;
    return sorted[sorted.length - 1][0];
  };
  return (at(Math.floor((n - 1) / 2)) + at(Math.ceil((n - 1) / 2))) / 2;
}

/** Suspect ages next to victim ages (records with both known), so peer-on-peer abuse shows. */
export async function ageComparison(db: DbClient, filters: Filters): Promise<AgeComparison> {
  // All records: the categories' sum (every record has one), asked together with the other counts.
  const [pairs, categories] = await Promise.all([agePairs(db, filters), countBy(db, filters, 'records', 'cse_category')]);
  const total = categories.reduce((sum, row) => sum + row.count, 0);
  const inBand = (age: number, band: (typeof AGE_COMPARISON_BANDS)[number]) => age >= band.min && age <= band.max;
  const sumWhere = (test: (row: AgePairRow) => boolean) => pairs.filter(test).reduce((sum, row) => sum + row.records, 0);
  return {
    records: sumWhere(() => true),
    total,
    bands: AGE_COMPARISON_BANDS.map((band) => ({
      band: band.label,
      victims: sumWhere((row) => inBand(row.victimAge, band)),
      suspects: sumWhere((row) => inBand(row.suspectAge, band)),
    })),
    medianVictimAge: weightedMedian(pairs.map((row) => [row.victimAge, row.records])),
    medianSuspectAge: weightedMedian(pairs.map((row) => [row.suspectAge, row.records])),
    medianGap: weightedMedian(pairs.map((row) => [row.suspectAge - row.victimAge, row.records])),
    suspectUnder18: sumWhere((row) => row.suspectAge < 18),
    withinThreeYears: sumWhere((row) => Math.abs(row.suspectAge - row.victimAge) <= 3),
  };
}

/** The recorded relationships of the format, in its order. */
export const RELATIONSHIPS = ['acquaintance', 'intimate', 'familial', 'stranger', 'other'] as const;
/** A recorded suspect–victim relationship. */
export type Relationship = (typeof RELATIONSHIPS)[number];

/** "Just 30% of records have a relationship recorded … where recorded, 42% acquaintance". */
export interface RelationshipFigures {
  /** Records with a relationship recorded: the denominator of the breakdown. */
  recorded: number;
  /** All records. */
  total: number;
  /** Records per recorded relationship (sums to `recorded`). */
  counts: Record<Relationship, number>;
}

/** How often a suspect–victim relationship is recorded, and the breakdown of those recorded. */
export async function relationships(db: DbClient, filters: Filters): Promise<RelationshipFigures> {
  const all = completeCounts(await countBy(db, filters, 'records', 'suspect_relationship'), [...RELATIONSHIPS, 'not_recorded'], 'not_recorded');
  const { not_recorded: notRecorded, ...counts } = all;
  const recorded = sumCounts(counts);
  return { recorded, total: recorded + notRecorded, counts };
}
