/**
 * The Bexley pack's SAFEGUARD vulnerability factors among victims (each child's latest record).
 * Column names come only from SAFEGUARD_FACTORS, our own constant, and are checked before use.
 */
import type { DbClient } from '../data/client';
import { patternDigit } from '../data/derivedColumns';
import { SAFEGUARD_FACTORS } from '../data/format';
import type { Filters } from './filters';
import { keyCounts } from './keyCounts';
import { FACTOR_COLUMNS } from './keys';

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

/** Victims by SAFEGUARD pattern (each factor a digit: see derivedColumns.ts): every figure here sums them. */
async function victimsByPattern(db: DbClient, filters: Filters): Promise<{ digits: number[]; victims: number }[]> {
  const rows = await keyCounts(db, filters, 'victims', 'safeguard_pattern');
  return rows.map(({ key, count }) => ({ digits: FACTOR_COLUMNS.map((_, i) => patternDigit(Number(key), i)), victims: count }));
}

/** Prevalence of each of the nine factors, in the acronym's order. */
export async function safeguardPrevalence(db: DbClient, filters: Filters): Promise<FactorPrevalence[]> {
  const patterns = await victimsByPattern(db, filters);
  const sum = (test: (digits: number[]) => boolean) => patterns.filter((p) => test(p.digits)).reduce((n, p) => n + p.victims, 0);
  return SAFEGUARD_FACTORS.map((factor, i) => ({
    column: factor.column, letter: factor.letter, label: factor.label,
    present: sum((digits) => digits[i] === 2), recorded: sum((digits) => digits[i] !== 0), victims: sum(() => true),
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
  const patterns = await victimsByPattern(db, filters);
  const sum = (test: (digits: number[]) => boolean) => patterns.filter((p) => test(p.digits)).reduce((n, p) => n + p.victims, 0);
  const present = (digits: number[]) => digits.filter((digit) => digit === 2).length;
  return {
    rows: Array.from({ length: FACTOR_COLUMNS.length + 1 }, (_, factors) => ({ factors, victims: sum((digits) => present(digits) === factors) })),
    noneRecorded: sum((digits) => digits.every((digit) => digit === 0)),
    total: sum(() => true),
  };
}
