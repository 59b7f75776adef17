/** Victim-based figures: distinct children, each described by their latest record in the selection. */
import type { DbClient } from '../data/client';
import { countBy, type CountRow, type Proportion } from './counts';
import { GENDERS, type Filters, type Gender } from './filters';
import { keyCounts, tupleCounts } from './keyCounts';
import { selectedVictims } from './selection';

/** Female victims by single year of age at their latest record (`null` key = age unknown). */
export async function femaleVictimsByAge(db: DbClient, filters: Filters): Promise<CountRow[]> {
  const cte = selectedVictims(filters);
  return db.query<CountRow>(
    `${cte.sql} SELECT CAST(victim_age AS VARCHAR) AS key, count(*) AS count
     FROM victims WHERE victim_gender = 'female' GROUP BY victim_age ORDER BY victim_age NULLS LAST`,
    cte.params,
  );
}

/** Victims by missing-person reports in the 12 months before their latest record. */
export async function victimsByMissingStatus(db: DbClient, filters: Filters): Promise<CountRow[]> {
  return (await keyCounts(db, filters, 'victims', 'missing_status')).map(({ key, count }) => ({ key, count }));
}

/** One bar of the age-by-gender pyramid. */
export interface AgeGenderRow {
  age: number | null;
  gender: string;
  victims: number;
}

/** Victims by single year of age and gender (the pyramid), ages ascending, unknown age last. */
export async function victimsByAgeAndGender(db: DbClient, filters: Filters): Promise<AgeGenderRow[]> {
  const rows = await tupleCounts(db, filters, 'victims', ['victim_age', 'victim_gender']);
  return rows
    .map(({ keys: [age, gender], count }) => ({ age: age === null ? null : Number(age), gender: String(gender), victims: count }))
    // Infinity - Infinity is NaN, which falls through to the gender as a tie would.
    .sort((a, b) => (a.age ?? Infinity) - (b.age ?? Infinity) || (a.gender < b.gender ? -1 : a.gender > b.gender ? 1 : 0));
}

/** Female victims (`count`) of all victims (`total`): "9 in 10 reported victims were female". */
export async function femaleVictimShare(db: DbClient, filters: Filters): Promise<Proportion> {
  // From the victims' gender breakdown, which the dashboard asks for with its other counts (see keyCounts).
  const genders = await countBy(db, filters, 'victims', 'victim_gender');
  const count = genders.find((row) => row.key === 'female')?.count ?? 0;
  return { count, total: genders.reduce((sum, row) => sum + row.count, 0) };
}

/** The most common age among victims of one gender, with the counts a subtitle needs. */
export interface ModalAge {
  /** The commonest single year of age (the younger on a tie), or null when no age is known. */
  age: number | null;
  /** Victims of that age. */
  count: number;
  /** Victims of the gender with a known age. */
  knownAge: number;
  /** All victims of the gender: "one in four female victims were aged 15" is count of total. */
  total: number;
}

/** The modal age of victims of `gender` ('all' for every victim), from the age-by-gender pyramid. */
export async function modalVictimAge(db: DbClient, filters: Filters, gender: Gender | 'all' = 'female'): Promise<ModalAge> {
  if (gender !== 'all' && !GENDERS.includes(gender)) throw new Error(`Unknown gender ${String(gender)}.`);
  const rows = (await victimsByAgeAndGender(db, filters)).filter((row) => gender === 'all' || row.gender === gender);
  const byAge = new Map<number, number>();
  for (const row of rows) if (row.age !== null) byAge.set(row.age, (byAge.get(row.age) ?? 0) + row.victims);
  let modal: { age: number | null; count: number } = { age: null, count: 0 };
  // Ascending ages with a strict comparison keep the younger age on a tie, so the answer is stable.
  for (const [age, count] of [...byAge].sort((a, b) => a[0] - b[0])) if (count > modal.count) modal = { age, count };
  const knownAge = [...byAge.values()].reduce((sum, n) => sum + n, 0);
  return { ...modal, knownAge, total: rows.reduce((sum, row) => sum + row.victims, 0) };
}
