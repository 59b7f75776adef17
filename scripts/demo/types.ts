/** The demo extract's row, one field per CSV column (same names), and the vocabularies of its coded columns. */

export const OUTCOMES = ['open', 'detection', 'disruption', 'nfa'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];
export const RELATIONSHIPS = ['acquaintance', 'intimate', 'familial', 'stranger', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const REFERRAL_SOURCES = ['phone_call', 'social_services', 'education', 'health', 'police', 'other'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export const UNITS = ['borough', 'cait', 'sapphire', 'other'] as const;
export type Unit = (typeof UNITS)[number];

/** The nine SAFEGUARD vulnerability factors, in column order. */
export const SAFEGUARD_FACTORS = [
  'sexual_health',
  'absent_school',
  'familial_abuse',
  'emotional_physical',
  'gangs',
  'technology',
  'alcohol_drugs',
  'gifts_money',
  'distrust_authority',
] as const;
export type SafeguardFactor = (typeof SAFEGUARD_FACTORS)[number];

/**
 * One synthetic record. `null` means "not recorded" and is written as an empty CSV field; booleans are written
 * `Y`/`N`. Field names are the CSV column names, so a row maps to a record without a lookup table.
 */
export interface DemoRecord {
  record_id: string;
  victim_id: string;
  /** `YYYY-MM-DD`. */
  recorded_date: string;
  cse_category: 1 | 2 | 3;
  record_type: 'suspicion' | 'crime';
  /** `null` is read as open. */
  outcome: Outcome | null;
  /** A borough name from the reference list, or `Unknown`. */
  offence_borough: string;
  /** A borough name, `Outside London`, or `null` (not recorded). */
  victim_home_borough: string | null;
  online: boolean | null;
  gang_group: boolean | null;
  victim_gender: Gender;
  suspect_gender: Gender | null;
  victim_age: number | null;
  suspect_age: number | null;
  suspect_relationship: Relationship | null;
  missing_episodes_12m: number | null;
  looked_after: boolean;
  referral_source: ReferralSource | null;
  investigating_unit: Unit | null;
  sf_sexual_health: boolean | null;
  sf_absent_school: boolean | null;
  sf_familial_abuse: boolean | null;
  sf_emotional_physical: boolean | null;
  sf_gangs: boolean | null;
  sf_technology: boolean | null;
  sf_alcohol_drugs: boolean | null;
  sf_gifts_money: boolean | null;
  sf_distrust_authority: boolean | null;
}
