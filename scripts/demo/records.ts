/**
 * A victim's records. Quota-bound fields come from the year's urns; the rest are drawn with the correlations an
 * analyst expects (category → crime, factors, gangs; relationship → suspect age; record age → outcome).
 */
import { DAYS, ageOn } from './calendar';
import { HOME_PLACES, OFFENCE_PLACES } from './places';
import { recordCategory, type YearPlan } from './plan';
import type { IdMaker, Rng } from './prng';
import * as P from './profile';
import type { DemoRecord, Outcome, Relationship } from './types';
import type { Victim } from './victims';

/** The outcome of a record `daysOld` days before the extract date: recent records are more often still open. */
function drawOutcome(crime: boolean, daysOld: number, rng: Rng): Outcome | null {
  if (rng.chance(0.45 + 0.4 * Math.exp(-daysOld / 120))) return rng.chance(0.03) ? null : 'open';
  // Detections exist only for crimes; suspicions close as disruptions or no further action.
  if (crime) return rng.pick<Outcome>(['detection', 'disruption', 'nfa'], [0.3, 0.15, 0.55]);
  return rng.pick<Outcome>(['disruption', 'nfa'], [0.35, 0.65]);
}

/** Suspect gender and age: mostly peers a little older than the victim, with a tail of older men. */
function drawSuspect(victimAge: number | null, relationship: Relationship | null, rng: Rng) {
  const gender = rng.pick(P.SUSPECT_GENDER_VALUES, P.SUSPECT_GENDER_WEIGHTS);
  const known = gender === 'male' || gender === 'female' || gender === 'other';
  if (rng.chance(known ? 0.3 : 0.85)) return { gender, age: null };
  if (rng.chance(P.PEER_SHARE[relationship ?? 'none'])) {
    const peer = (victimAge ?? 15) + rng.between(-1, 3) + rng.between(0, 2);
    return { gender, age: Math.min(24, Math.max(10, peer)) };
  }
  return { gender, age: 25 + Math.floor(50 * rng.next() ** 2.5) };
}

/** Gang association: more common for boys and for serious categories. */
function drawGang(victim: Victim, category: 1 | 2 | 3, rng: Rng): boolean | null {
  if (rng.chance(0.004)) return null;
  const base = victim.gender === 'male' ? P.GANG_SHARE.male : P.GANG_SHARE.other;
  return rng.chance(base * P.CATEGORY_FACTOR[category - 1]);
}

/** Chance of each SAFEGUARD factor on one record, from category and what else is known about the child. */
function factorShares(victim: Victim, category: 1 | 2 | 3, online: boolean | null, gang: boolean | null): number[] {
  const missing = victim.missing !== null && victim.missing > 0;
  return P.SAFEGUARD_PREVALENCE.map((base, f) => {
    let p = base * P.CATEGORY_FACTOR[category - 1];
    if (f === 1) p *= missing ? 1.18 : 0.68; // absent from school goes with going missing
    if ((f === 2 || f === 3) && victim.lookedAfter) p *= 1.35;
    if (f === 4) p = gang ? 0.75 : p * 0.6;
    if (f === 5 && online) p = 0.85;
    return Math.min(0.95, p);
  });
}

/** SAFEGUARD factors, carried over from the previous record with some persistence (a child's needs last). */
function drawFactors(shares: number[], previous: (boolean | null)[] | null, rng: Rng): (boolean | null)[] {
  if (rng.chance(P.SAFEGUARD_BLANK_SHARE)) return shares.map(() => null);
  return shares.map((p, f) => {
    const before = previous?.[f];
    return before != null && rng.chance(P.SAFEGUARD_PERSISTENCE) ? before : rng.chance(p);
  });
}

/** Missing episodes on an earlier record: at most the latest count (same-day records share the latest value). */
const earlierMissing = (latest: number | null, rng: Rng): number | null =>
  latest === null ? null : Math.floor(latest * (0.4 + 0.6 * rng.next()));

/** Record `j` of `victim`, given the SAFEGUARD factors of their previous record (null for the first). */
function makeRecord(victim: Victim, j: number, previous: (boolean | null)[] | null, ctx: Context): DemoRecord {
  const { plan, rng } = ctx;
  const k = victim.days.length;
  const day = DAYS[victim.days[j]];
  const category = recordCategory(victim.cell, j, k);
  const crime = rng.chance(P.CRIME_SHARE_BY_CATEGORY[category - 1]);
  const online = plan.online[category === 1 ? 0 : 1].draw(rng);
  const age = victim.birth === null ? null : ageOn(victim.birth, day.ymd);
  const relationship = plan.relationship.draw(rng);
  const suspect = drawSuspect(age, relationship, rng);
  const gang = drawGang(victim, category, rng);
  const f = drawFactors(factorShares(victim, category, online, gang), previous, rng);
  // The latest record carries the victim's planned count; a same-day record must agree with it.
  const latest = victim.days[j] === victim.days[k - 1];
  return {
    record_id: ctx.ids.nextRecordId(), victim_id: victim.id, recorded_date: day.iso, cse_category: category,
    record_type: crime ? 'crime' : 'suspicion', outcome: drawOutcome(crime, day.daysBeforeExtract, rng),
    offence_borough: OFFENCE_PLACES[plan.offence[online === true ? 1 : 0].pick(victim.home, rng)],
    victim_home_borough: HOME_PLACES[victim.home], online, gang_group: gang,
    victim_gender: victim.gender, suspect_gender: suspect.gender, victim_age: age, suspect_age: suspect.age,
    suspect_relationship: relationship,
    missing_episodes_12m: latest ? victim.missing : earlierMissing(victim.missing, rng),
    looked_after: victim.lookedAfter, referral_source: plan.referral.draw(rng),
    investigating_unit: plan.unit[category - 1].draw(rng),
    sf_sexual_health: f[0], sf_absent_school: f[1], sf_familial_abuse: f[2], sf_emotional_physical: f[3],
    sf_gangs: f[4], sf_technology: f[5], sf_alcohol_drugs: f[6], sf_gifts_money: f[7], sf_distrust_authority: f[8],
  };
}

/** What record making draws on: the year's quotas, the year's random stream and the id counters. */
interface Context {
  readonly plan: YearPlan;
  readonly rng: Rng;
  readonly ids: IdMaker;
}

const factorsOf = (r: DemoRecord): (boolean | null)[] => [
  r.sf_sexual_health, r.sf_absent_school, r.sf_familial_abuse, r.sf_emotional_physical, r.sf_gangs,
  r.sf_technology, r.sf_alcohol_drugs, r.sf_gifts_money, r.sf_distrust_authority,
];

/** All records of `victim`, in day order (record j falls on victim.days[j]). */
export function makeRecords(victim: Victim, plan: YearPlan, rng: Rng, ids: IdMaker): DemoRecord[] {
  const records: DemoRecord[] = [];
  for (let j = 0; j < victim.days.length; j++) {
    const previous = j === 0 ? null : factorsOf(records[j - 1]);
    records.push(makeRecord(victim, j, previous, { plan, rng, ids }));
  }
  return records;
}
