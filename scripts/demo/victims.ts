/**
 * Victims: a child with a stable pseudonymous id, gender, home borough and birth date, and the days of their records
 * within one financial year. A share of children seen in an earlier year come back under the same id.
 */
import { DAYS, birthForAge, ageOn, type FinancialYear } from './calendar';
import { recordDays } from './schedule';
import type { IdMaker, Rng } from './prng';
import { LOOKED_AFTER_IF_MISSING, LOOKED_AFTER_OTHERWISE } from './profile';
import type { VictimCell, YearPlan } from './plan';
import type { Gender } from './types';

/** One child within one financial year. */
export interface Victim {
  readonly id: string;
  readonly gender: Gender;
  /** Index into HOME_PLACES. */
  readonly home: number;
  /** yyyymmdd, or null when the age is unknown. */
  readonly birth: number | null;
  readonly cell: VictimCell;
  /** Missing episodes in the 12 months before the latest record (null: not recorded). */
  readonly missing: number | null;
  readonly lookedAfter: boolean;
  /** Day indexes (into DAYS) of the victim's records, ascending. */
  readonly days: readonly number[];
}

/** Missing episodes for a missing class: mostly a few, a tail of 16 to 40. */
function missingEpisodes(cls: VictimCell['missing'], rng: Rng): number | null {
  if (cls === 'unknown') return null;
  if (cls === 'none') return 0;
  if (cls === 'many') return 16 + Math.floor(25 * rng.next() ** 2);
  return 1 + Math.floor(15 * rng.next() ** 2.2);
}

/** What a returning child keeps from one year to the next (gender and home are the pool's key). */
interface Returner {
  readonly id: string;
  readonly birth: number | null;
}

/**
 * Children from the previous year who may come back. Bounded (a few dozen per gender and home place) so memory does
 * not grow with the extract; a match must keep gender, home and age exact, so the year's quotas are untouched.
 */
export class ReturningVictims {
  private previous = new Map<string, Returner[]>();
  private current = new Map<string, Returner[]>();
  private static readonly PER_KEY = 40;
  private static readonly RETURN_SHARE = 0.05;

  /** A returning child who fits, removed from the pool, or null. */
  claim(gender: Gender, home: number, age: number | null, latestYmd: number, rng: Rng): Returner | null {
    if (!rng.chance(ReturningVictims.RETURN_SHARE)) return null;
    const list = this.previous.get(`${gender}|${home}`);
    if (!list) return null;
    const fits = (r: Returner) => (r.birth === null ? age === null : age !== null && ageOn(r.birth, latestYmd) === age);
    const i = list.findIndex(fits);
    return i < 0 ? null : list.splice(i, 1)[0];
  }

  /** Remembers a child of this year as a possible returner next year. */
  offer(gender: Gender, home: number, child: Returner, rng: Rng): void {
    const key = `${gender}|${home}`;
    const list = this.current.get(key) ?? [];
    if (list.length < ReturningVictims.PER_KEY) list.push(child);
    else list[rng.int(list.length)] = child;
    this.current.set(key, list);
  }

  /** Moves to the next year: only last year's children can return (each at most once a year). */
  endYear(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** Draws the next victim of the year from the plan's quotas, with their first record on day `start`. */
export function drawVictim(
  plan: YearPlan,
  year: FinancialYear,
  start: number,
  rng: Rng,
  ids: IdMaker,
  pool: ReturningVictims,
): Victim {
  const k = plan.recordsPerVictim.draw(rng);
  const cell = plan.cells.get(k)!.draw(rng);
  const gender = plan.gender.draw(rng);
  const age = plan.age[gender].draw(rng);
  const home = plan.home.draw(rng);
  const days = recordDays(start, k, year.lastDay, rng);
  const latestYmd = DAYS[days[k - 1]].ymd;
  const returner = pool.claim(gender, home, age, latestYmd, rng);
  const id = returner?.id ?? ids.nextVictimId();
  // Age is fixed at the latest record (that is what the published figures count); earlier ages follow from birth.
  const birth = returner ? returner.birth : age === null ? null : birthForAge(age, latestYmd, rng);
  pool.offer(gender, home, { id, birth }, rng);
  const missing = missingEpisodes(cell.missing, rng);
  const lacShare = missing !== null && missing > 0 ? LOOKED_AFTER_IF_MISSING[cell.tier - 1] : LOOKED_AFTER_OTHERWISE;
  return { id, gender, home, birth, cell, missing, lookedAfter: rng.chance(lacShare), days };
}
