/** Victim-based figures: distinct children, each described by their latest record in the selection. */
import type { DbClient } from '../data/client';
import type { CountRow } from './counts';
import type { Filters } from './filters';
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
  const cte = selectedVictims(filters);
  return db.query<CountRow>(
    `${cte.sql} SELECT CASE WHEN missing_episodes_12m IS NULL THEN 'unknown'
       WHEN missing_episodes_12m >= 1 THEN 'missing' ELSE 'not_missing' END AS key, count(*) AS count
     FROM victims GROUP BY ALL ORDER BY count DESC`,
    cte.params,
  );
}

/** One bar of the age-by-gender pyramid. */
export interface AgeGenderRow {
  age: number | null;
  gender: string;
  victims: number;
}

/** Victims by single year of age and gender (the pyramid), ages ascending, unknown age last. */
export async function victimsByAgeAndGender(db: DbClient, filters: Filters): Promise<AgeGenderRow[]> {
  const cte = selectedVictims(filters);
  return db.query<AgeGenderRow>(
    `${cte.sql} SELECT victim_age AS age, victim_gender AS gender, count(*) AS victims
     FROM victims GROUP BY ALL ORDER BY age NULLS LAST, gender`,
    cte.params,
  );
}
