/** Words for stored values, as the pack and the London protocol write them. */
import { BOROUGHS } from '../data/reference/boroughs';
import type { AgeBand, Category, Gender, RecordType } from '../queries/filters';
import { sentenceCase } from './format';

/** The three CSE categories of the London protocol (Bexley pack, May 2015). */
export const CATEGORY_LABELS: Record<Category, string> = {
  1: "Category 1 'At risk'",
  2: 'Category 2 Opportunistic abuse',
  3: 'Category 3 Habitual exploitation',
};

/** Short category names for legends and filter chips. */
export const CATEGORY_SHORT: Record<Category, string> = { 1: '1 At risk', 2: '2 Opportunistic', 3: '3 Habitual' };

/** Record types in words. */
export const RECORD_TYPE_LABELS: Record<RecordType, string> = { suspicion: 'Suspicion', crime: 'Crime' };

/** Genders in words. */
export const GENDER_LABELS: Record<Gender, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' };

/** Victim age bands in words. */
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '0-11': 'Under 12', '12-13': '12–13', '14-15': '14–15', '16-17': '16–17', unknown: 'Age unknown',
};

const VALUE_LABELS: Record<string, string> = {
  unknown: 'Unknown', outside_london: 'Outside London', not_recorded: 'Not recorded', null: 'Not recorded',
  phone_call: 'Phone call', social_services: 'Social services', education: 'Education', health: 'Health',
  police: 'Police-initiated', other: 'Other', borough: 'Borough (TP)', cait: 'CAIT', sapphire: 'Sapphire',
  acquaintance: 'Acquaintance', intimate: 'Intimate / ex-intimate', familial: 'Familial (incl. extended)',
  stranger: 'Stranger', open: 'Open', detection: 'Detection', nfa: 'No further action',
  disruption: 'Intelligence / disruption', suspicion: 'Suspicion', crime: 'Crime',
  missing: 'Reported missing', not_missing: 'Not reported missing',
};

const NAMES = new Map(BOROUGHS.map((borough) => [borough.code, borough.name]));

/** A stored value (borough code, enum value, `null`) in words. */
export function valueLabel(key: string | null): string {
  if (key === null) return 'Not recorded';
  return NAMES.get(key) ?? VALUE_LABELS[key] ?? sentenceCase(key);
}

/** The borough basis in words. */
export function basisWords(basis: 'offence' | 'home'): string {
  return basis === 'home' ? "victims' home borough" : 'offence location';
}
