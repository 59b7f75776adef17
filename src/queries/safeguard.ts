/**
 * The Bexley pack's SAFEGUARD vulnerability factors among victims (each child's latest record).
 * Column names come only from SAFEGUARD_FACTORS, our own constant, and are checked before use.
 */
import type { DbClient } from '../data/client';
import { SAFEGUARD_FACTORS } from '../data/format';
import type { Filters } from './filters';
import { keyCounts, tupleCounts, type KeyCount } from './keyCounts';
import { FACTOR_COLUMNS, type KeyName } from './keys';

/** How common one factor is among victims. */
export interface FactorPrevalence {
  column: string;
  /** The acronym's letter (S, A, F, E, G, U, A, R, D). */
  letter: string;
  label: string;
  /** Victims with the factor present. */
  present: number;
  /** Victims with the factor recorded either way: the denominator of the share. */
  recorded: number;
  /** All victims. */
  victims: number;
}

/** Prevalence of each of the nine factors, in the acronym's order. */
export async function safeguardPrevalence(db: DbClient, filters: Filters): Promise<FactorPrevalence[]> {
  const perFactor = await Promise.all(FACTOR_COLUMNS.map((column) => keyCounts(db, filters, 'victims', column as KeyName)));
  const sum = (rows: KeyCount[], test: (row: KeyCount) => boolean) => rows.filter(test).reduce((n, row) => n + row.count, 0);
  return SAFEGUARD_FACTORS.map((factor, i) => ({
    column: factor.column, letter: factor.letter, label: factor.label,
    present: sum(perFactor[i], (row) => row.key === 'true'), recorded: sum(perFactor[i], (row) => row.key !== null),
    victims: sum(perFactor[i], () => true),
  }));
}

/** Victims by how many factors they carry. */
export interface FactorCountDistribution {
  /** 0 to 9 factors present, every count present. A factor not recorded counts as not present. */
  rows: { factors: number; victims: number }[];
  /** Victims with none of the nine recorded at all (within the 0 row): not assessed, rather than no risk. */
  noneRecorded: number;
  total: number;
}

/** The distribution of the number of SAFEGUARD factors present per victim (0…9). */
export async function safeguardFactorCounts(db: DbClient, filters: Filters): Promise<FactorCountDistribution> {
  const counted = await tupleCounts(db, filters, 'victims', ['safeguard_factors', 'safeguard_none_recorded']);
  const sum = (test: (keys: (string | null)[]) => boolean) => counted.filter((row) => test(row.keys)).reduce((n, row) => n + row.count, 0);
  return {
    rows: Array.from({ length: FACTOR_COLUMNS.length + 1 }, (_, factors) => ({ factors, victims: sum(([n]) => Number(n) === factors) })),
    noneRecorded: sum(([, none]) => none === 'true'),
    total: sum(() => true),
  };
}
