/**
 * The Bexley pack's SAFEGUARD vulnerability factors among victims (each child's latest record).
 * Column names come only from SAFEGUARD_FACTORS, our own constant, and are checked before use.
 */
import type { DbClient } from '../data/client';
import { SAFEGUARD_FACTORS } from '../data/format';
import type { Filters } from './filters';
import { selectedVictims } from './selection';

/** The factor columns, each checked against the shape of a format column name. */
function factorColumns(): string[] {
  return SAFEGUARD_FACTORS.map((factor) => {
    if (!/^sf_[a-z_]+$/.test(factor.column)) throw new Error(`Not a SAFEGUARD column: ${factor.column}`);
    return factor.column;
  });
}

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
  const columns = factorColumns();
  const cte = selectedVictims(filters);
  const measures = columns.map((column, i) => `count(*) FILTER (WHERE ${column}) AS p${i}, count(${column}) AS r${i}`).join(', ');
  const [row] = await db.query<Record<string, number>>(`${cte.sql} SELECT count(*) AS victims, ${measures} FROM victims`, cte.params);
  return SAFEGUARD_FACTORS.map((factor, i) => ({
    column: factor.column, letter: factor.letter, label: factor.label,
    present: row[`p${i}`], recorded: row[`r${i}`], victims: row.victims,
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
  const columns = factorColumns();
  const cte = selectedVictims(filters);
  const present = columns.map((column) => `coalesce(${column}, false)::INTEGER`).join(' + ');
  const none = columns.map((column) => `${column} IS NULL`).join(' AND ');
  const counted = await db.query<{ factors: number; victims: number; none_recorded: number }>(
    `${cte.sql} SELECT ${present} AS factors, count(*) AS victims, count(*) FILTER (WHERE ${none}) AS none_recorded FROM victims GROUP BY ALL`,
    cte.params,
  );
  return {
    rows: Array.from({ length: columns.length + 1 }, (_, factors) => ({
      factors, victims: counted.find((row) => row.factors === factors)?.victims ?? 0,
    })),
    noneRecorded: counted.reduce((sum, row) => sum + row.none_recorded, 0),
    total: counted.reduce((sum, row) => sum + row.victims, 0),
  };
}
