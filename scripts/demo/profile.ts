/**
 * The shape of the synthetic data: every share and rate the generator uses, in one place. Values marked "target"
 * reproduce published aggregate figures of the MOPAC Challenge pack (10 June 2015) for FY 2014/15; the rest are
 * plausible assumptions chosen so that an analyst sees the relationships they would expect.
 */
import type { Gender, ReferralSource, Relationship, Unit } from './types';

/** Records per financial year at scale 1 (2013/14 is six months; 2014/15 is the target 1,852; then growth). */
export const RECORDS_PER_YEAR = [806, 1852, 2130] as const;
/** The year whose figures are calibrated exactly; the others get ±10% borough noise so years differ. */
export const CALIBRATED_YEAR = 1;

/** Online share of records by year (target: 70 of 1,852 in 2014/15, rising after). */
export const ONLINE_SHARE = [0.032, 70 / 1852, 0.046] as const;
/** Of online records: Category 1 share (target 70%) and East offence-borough share (target 45%). */
export const ONLINE_CATEGORY1_SHARE = 0.7;
export const ONLINE_EAST_SHARE = 0.45;
/** Records with the online flag not recorded. */
export const ONLINE_BLANK_SHARE = 0.003;

/**
 * Records per victim within a year: most children have one record, some several, a few many (mean about 1.23).
 * Pairs of [records, share of victims].
 */
export const RECORDS_PER_VICTIM: readonly (readonly [number, number])[] = [
  [1, 0.868], [2, 0.085], [3, 0.025], [4, 0.009], [5, 0.005], [6, 0.003], [8, 0.002], [11, 0.0014], [15, 0.0006],
  [22, 0.0003],
];

/** Category at a victim's latest record ("tier"), by how many records they have: repeat victims are more serious. */
export function tierShares(records: number): readonly [number, number, number] {
  if (records === 1) return [0.74, 0.155, 0.105];
  return records <= 3 ? [0.58, 0.24, 0.18] : [0.45, 0.27, 0.28];
}
/** Share of repeat Category 2/3 victims whose earlier records were one category lower (escalation). */
export const ESCALATION_SHARE = 0.5;

/** Victims with missing episodes in the prior 12 months (latest record), by tier; the 16+ tail; not recorded. */
export const MISSING_SHARE_BY_TIER = [0.615, 0.77, 0.88] as const;
export const MANY_MISSING_SHARE_BY_TIER = [0.006, 0.025, 0.06] as const;
export const MISSING_UNKNOWN_SHARE = 0.012;
/** Looked-after children: far more common among missing children (target e.g. 35% vs 8%). */
export const LOOKED_AFTER_IF_MISSING = [0.3, 0.36, 0.42] as const;
export const LOOKED_AFTER_OTHERWISE = 0.08;

/** Victim gender (target 90% female). */
export const VICTIM_GENDER_WEIGHTS: Record<Gender, number> = { female: 0.9, male: 0.092, other: 0.003, unknown: 0.005 };

/** Victim ages at their latest record: null (unknown), then 5..17. Targets for girls: 15 → 25%, 14 → 20%. */
export const AGE_VALUES: readonly (number | null)[] = [null, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
const FEMALE_AGES = [1, 0.3, 0.4, 0.6, 1.1, 1.6, 1.5, 2.5, 6, 13, 20, 25, 18, 9];
const MALE_AGES = [1, 0.6, 0.8, 1.2, 2, 2.4, 4, 5, 8, 14, 18, 20, 15, 8];
export const AGE_WEIGHTS: Record<Gender, readonly number[]> = {
  female: FEMALE_AGES,
  male: MALE_AGES,
  other: FEMALE_AGES.map((w, i) => (w + MALE_AGES[i]) / 2),
  unknown: FEMALE_AGES.map((w, i) => (w + MALE_AGES[i]) / 2),
};

/** Record type: suspicions are mostly Category 1; Category 3 records are mostly crimes. */
export const CRIME_SHARE_BY_CATEGORY = [0.32, 0.74, 0.9] as const;

/** Suspect relationship (target: recorded on 30%; of those 42% acquaintance, 24% intimate, 6% familial). */
export const RELATIONSHIP_VALUES: readonly (Relationship | null)[] = [
  null, 'acquaintance', 'intimate', 'familial', 'stranger', 'other',
];
export const RELATIONSHIP_WEIGHTS = [0.7, 0.126, 0.072, 0.018, 0.051, 0.033];

/** Referral source (target: phone calls first, social services a clear second). */
export const REFERRAL_VALUES: readonly (ReferralSource | null)[] = [
  'phone_call', 'social_services', 'education', 'police', 'health', 'other', null,
];
export const REFERRAL_WEIGHTS = [0.31, 0.24, 0.16, 0.13, 0.09, 0.055, 0.015];

/** Investigating unit by category (target: borough teams 66.5% overall); specialist units take serious cases. */
export const UNIT_VALUES: readonly (Unit | null)[] = ['borough', 'cait', 'sapphire', 'other', null];
export const UNIT_WEIGHTS_BY_CATEGORY: readonly (readonly number[])[] = [
  [0.7, 0.18, 0.07, 0.045, 0.005],
  [0.62, 0.23, 0.1, 0.045, 0.005],
  [0.55, 0.27, 0.13, 0.045, 0.005],
];

/** Suspect gender, mostly male; a blank means the field was left empty. */
export const SUSPECT_GENDER_VALUES: readonly (Gender | null)[] = ['male', 'female', 'other', 'unknown', null];
export const SUSPECT_GENDER_WEIGHTS = [0.86, 0.07, 0.002, 0.05, 0.018];
/** Chance the suspect is a peer (close to the victim's age) rather than an older man, by relationship. */
export const PEER_SHARE: Record<Relationship | 'none', number> = {
  acquaintance: 0.82, intimate: 0.92, familial: 0.15, stranger: 0.45, other: 0.6, none: 0.74,
};

/** Gang-associated records, by victim gender; multiplied by the category factor below. */
export const GANG_SHARE = { male: 0.24, other: 0.062 } as const;
export const CATEGORY_FACTOR = [0.86, 1.2, 1.5] as const;

/** SAFEGUARD factor prevalence across all records (column order of SAFEGUARD_FACTORS); rises with category. */
// Base rates sit a little below the targets where adjustments (looked after, online) add prevalence back.
export const SAFEGUARD_PREVALENCE = [0.15, 0.45, 0.175, 0.33, 0.12, 0.285, 0.4, 0.25, 0.35] as const;
/** Chance a factor carries over from the victim's previous record instead of being assessed afresh. */
export const SAFEGUARD_PERSISTENCE = 0.7;
/** Records whose SAFEGUARD assessment was not recorded at all. */
export const SAFEGUARD_BLANK_SHARE = 0.005;
