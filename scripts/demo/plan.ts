/**
 * A financial year's plan: exact quotas (urns) for every figure the calibration targets, sized from the year's
 * record count before any record is made. Victim-level urns hold one value per victim, record-level urns one per
 * record, so each urn is emptied exactly when the year's last record is made.
 */
import * as P from './profile';
import { RECORDS_PER_VICTIM } from './profile';
import { HOME_PLACES, HOME_WEIGHTS, OFFENCE_WEIGHTS, OffencePlaces, offenceQuotas } from './places';
import type { Rng } from './prng';
import { GENDERS, type Gender } from './types';
import { Urn, largestRemainder } from './urn';

/** Missing-episode class of a victim's latest record. */
export type MissingClass = 'unknown' | 'none' | 'some' | 'many';
/** A victim's class in the year's joint quota: tier (category of the latest record), escalation, missing class. */
export interface VictimCell {
  readonly tier: 1 | 2 | 3;
  readonly escalated: boolean;
  readonly missing: MissingClass;
}

/** The category of record `j` of `k`: escalated victims' first half of records sit one category lower. */
export function recordCategory(cell: VictimCell, j: number, k: number): 1 | 2 | 3 {
  return cell.escalated && j < Math.floor(k / 2) ? ((cell.tier - 1) as 1 | 2) : cell.tier;
}

/** Every urn a year needs. */
export interface YearPlan {
  readonly victims: number;
  readonly recordsPerVictim: Urn<number>;
  readonly cells: ReadonlyMap<number, Urn<VictimCell>>;
  readonly gender: Urn<Gender>;
  readonly age: Record<Gender, Urn<number | null>>;
  readonly home: Urn<number>;
  readonly online: readonly [Urn<boolean | null>, Urn<boolean | null>];
  /** Offence places of other records [0] and of online records [1]. */
  readonly offence: readonly [OffencePlaces, OffencePlaces];
  readonly relationship: Urn<(typeof P.RELATIONSHIP_VALUES)[number]>;
  readonly referral: Urn<(typeof P.REFERRAL_VALUES)[number]>;
  readonly unit: readonly Urn<(typeof P.UNIT_VALUES)[number]>[];
}

/** Victims per record count with Σ k·n_k = records exactly: repeat victims by share, the rest have one record. */
function victimsByRecordCount(records: number): number[] {
  const mean = RECORDS_PER_VICTIM.reduce((s, [k, p]) => s + k * p, 0);
  const victims = records / mean;
  let left = records;
  const counts = RECORDS_PER_VICTIM.map(() => 0);
  for (let i = RECORDS_PER_VICTIM.length - 1; i > 0; i--) {
    const [k, share] = RECORDS_PER_VICTIM[i];
    counts[i] = Math.min(Math.round(victims * share), Math.floor(left / k));
    left -= k * counts[i];
  }
  counts[0] = left;
  return counts;
}

const TIERS = [1, 2, 3] as const;
const MISSING_CLASSES: readonly MissingClass[] = ['unknown', 'none', 'some', 'many'];
const CELLS: readonly VictimCell[] = TIERS.flatMap((tier) =>
  [false, true].flatMap((escalated) => MISSING_CLASSES.map((missing) => ({ tier, escalated, missing }))),
);

/** Expected share of victims with `k` records that fall in `cell`: tier by k, escalation, then missing by tier. */
function cellWeight(cell: VictimCell, k: number): number {
  const t = cell.tier - 1;
  const canEscalate = k > 1 && cell.tier > 1;
  const escalated = cell.escalated ? P.ESCALATION_SHARE : 1 - P.ESCALATION_SHARE;
  const escalation = canEscalate ? escalated : cell.escalated ? 0 : 1;
  const known = 1 - P.MISSING_UNKNOWN_SHARE;
  const missing = {
    unknown: P.MISSING_UNKNOWN_SHARE,
    none: known * (1 - P.MISSING_SHARE_BY_TIER[t]),
    some: known * P.MISSING_SHARE_BY_TIER[t] - P.MANY_MISSING_SHARE_BY_TIER[t],
    many: P.MANY_MISSING_SHARE_BY_TIER[t],
  }[cell.missing];
  return P.tierShares(k)[t] * escalation * missing;
}

/** Exact record counts by category implied by the victim cells (so that record-level urns can be stratified). */
function recordsByCategory(cells: ReadonlyMap<number, number[]>): [number, number, number] {
  const byCategory: [number, number, number] = [0, 0, 0];
  for (const [k, counts] of cells) {
    CELLS.forEach((cell, i) => {
      for (let j = 0; j < k; j++) byCategory[recordCategory(cell, j, k) - 1] += counts[i];
    });
  }
  return byCategory;
}

/** Online flags for one stratum of records: `online` Y, a few blanks, the rest N. */
function onlineUrn(records: number, online: number): Urn<boolean | null> {
  const blank = Math.min(records - online, Math.round(records * P.ONLINE_BLANK_SHARE));
  return new Urn([true, null, false], [online, blank, records - online - blank], 'online');
}

/** Borough weights for a year: exact for the calibrated year, ±10% noise otherwise so that years differ. */
const jitter = (weights: readonly number[], year: number, rng: Rng): number[] =>
  weights.map((w) => (year === P.CALIBRATED_YEAR ? w : w * (0.9 + 0.2 * rng.next())));

/** Builds the plan of financial year `year` (index into FINANCIAL_YEARS) with `records` records. */
export function planYear(year: number, records: number, rng: Rng): YearPlan {
  const byK = victimsByRecordCount(records);
  const victims = byK.reduce((a, b) => a + b, 0);
  const cellCounts = new Map(
    RECORDS_PER_VICTIM.map(([k], i) => [k, largestRemainder(byK[i], CELLS.map((c) => cellWeight(c, k)))]),
  );
  const [r1, r2, r3] = recordsByCategory(cellCounts);
  const online = Math.round(records * P.ONLINE_SHARE[year]);
  const online1 = Math.min(r1, Math.round(online * P.ONLINE_CATEGORY1_SHARE));
  const online23 = Math.min(r2 + r3, online - online1);
  const places = offenceQuotas(records, online1 + online23, P.ONLINE_EAST_SHARE, jitter(OFFENCE_WEIGHTS, year, rng));
  const genders = largestRemainder(victims, GENDERS.map((g) => P.VICTIM_GENDER_WEIGHTS[g]));
  const ageUrn = (g: Gender) => Urn.ofShares(P.AGE_VALUES, P.AGE_WEIGHTS[g], genders[GENDERS.indexOf(g)], 'age');
  return {
    victims,
    recordsPerVictim: new Urn(RECORDS_PER_VICTIM.map(([k]) => k), byK, 'records per victim'),
    cells: new Map([...cellCounts].map(([k, counts]) => [k, new Urn(CELLS, counts, `cells of ${k}`)])),
    gender: new Urn(GENDERS, genders, 'gender'),
    age: { female: ageUrn('female'), male: ageUrn('male'), other: ageUrn('other'), unknown: ageUrn('unknown') },
    home: Urn.ofShares(HOME_PLACES.map((_, i) => i), jitter(HOME_WEIGHTS, year, rng), victims, 'home'),
    online: [onlineUrn(r1, online1), onlineUrn(r2 + r3, online23)],
    offence: [new OffencePlaces(places.other, false), new OffencePlaces(places.online, true)],
    relationship: Urn.ofShares(P.RELATIONSHIP_VALUES, P.RELATIONSHIP_WEIGHTS, records, 'relationship'),
    referral: Urn.ofShares(P.REFERRAL_VALUES, P.REFERRAL_WEIGHTS, records, 'referral'),
    unit: [r1, r2, r3].map((n, c) => Urn.ofShares(P.UNIT_VALUES, P.UNIT_WEIGHTS_BY_CATEGORY[c], n, 'unit')),
  };
}
