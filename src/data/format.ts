/**
 * The extract format: every column, whether it is required, and the values each may take.
 * docs/extract-format.md is the human-readable version of this file; keep them together.
 */

/** How a column's text is read. */
export type ColumnKind = 'id' | 'date' | 'category' | 'enum' | 'boolean' | 'integer' | 'borough';

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  /** The column must be present; a blank value rejects the row unless `blankAs` says what blank means. */
  readonly required: boolean;
  /** The value stored when the cell is blank (undefined = NULL, "not recorded"). */
  readonly blankAs?: string;
  /** For `integer` columns: the accepted inclusive range. */
  readonly range?: readonly [number, number];
  /** For `enum` columns: canonical value → other spellings accepted (case, spaces and underscores aside). */
  readonly vocabulary?: Readonly<Record<string, readonly string[]>>;
  /** For `borough` columns: the extra non-borough values accepted, canonical value → spellings. */
  readonly extra?: Readonly<Record<string, readonly string[]>>;
}

const GENDER = { female: ['f'], male: ['m'], other: [], unknown: ['u', 'not known'] } as const;

/** The SAFEGUARD vulnerability factors of the Bexley pack (May 2015), in the acronym's order. */
export const SAFEGUARD_FACTORS = [
  { column: 'sf_sexual_health', letter: 'S', label: 'Sexual health' },
  { column: 'sf_absent_school', letter: 'A', label: 'Absent from school' },
  { column: 'sf_familial_abuse', letter: 'F', label: 'Familial abuse' },
  { column: 'sf_emotional_physical', letter: 'E', label: 'Emotional and physical condition' },
  { column: 'sf_gangs', letter: 'G', label: 'Gangs' },
  { column: 'sf_technology', letter: 'U', label: 'Use of technology and sexual bullying' },
  { column: 'sf_alcohol_drugs', letter: 'A', label: 'Alcohol and drug misuse' },
  { column: 'sf_gifts_money', letter: 'R', label: 'Receipt of unexplained gifts or money' },
  { column: 'sf_distrust_authority', letter: 'D', label: 'Distrust of authority figures' },
] as const;

/** Every column of the format, in its documented order. */
export const COLUMNS: readonly ColumnSpec[] = [
  { name: 'record_id', kind: 'id', required: true },
  { name: 'victim_id', kind: 'id', required: true },
  { name: 'recorded_date', kind: 'date', required: true },
  { name: 'cse_category', kind: 'category', required: true },
  { name: 'record_type', kind: 'enum', required: true, vocabulary: { suspicion: [], crime: [] } },
  {
    name: 'outcome', kind: 'enum', required: false, blankAs: 'open',
    vocabulary: {
      open: [], detection: ['detected'], nfa: ['no further action'],
      disruption: ['intelligence/disruption', 'int/disrupt', 'intelligence', 'disrupted'],
    },
  },
  { name: 'offence_borough', kind: 'borough', required: false, blankAs: 'unknown', extra: { unknown: ['unknown'] } },
  { name: 'victim_home_borough', kind: 'borough', required: false, extra: { outside_london: ['outside london'] } },
  { name: 'online', kind: 'boolean', required: false },
  { name: 'gang_group', kind: 'boolean', required: false },
  { name: 'victim_gender', kind: 'enum', required: true, blankAs: 'unknown', vocabulary: GENDER },
  { name: 'suspect_gender', kind: 'enum', required: false, blankAs: 'unknown', vocabulary: GENDER },
  { name: 'victim_age', kind: 'integer', required: false, range: [0, 17] },
  { name: 'suspect_age', kind: 'integer', required: false, range: [10, 110] },
  {
    name: 'suspect_relationship', kind: 'enum', required: false,
    vocabulary: {
      acquaintance: [], intimate: ['intimate/ex-intimate', 'ex-intimate'], familial: ['family'], stranger: [], other: [],
    },
  },
  { name: 'missing_episodes_12m', kind: 'integer', required: false, range: [0, 10_000] },
  { name: 'looked_after', kind: 'boolean', required: false },
  {
    name: 'referral_source', kind: 'enum', required: false,
    vocabulary: {
      phone_call: ['phone call'], social_services: ["social services", "children's social care"],
      education: [], health: [], police: ['police-initiated', 'police initiated'], other: [],
    },
  },
  {
    name: 'investigating_unit', kind: 'enum', required: false,
    vocabulary: {
      borough: ['tp borough', 'territorial policing', 'tp'], cait: [], sapphire: [], other: ['other sc&o'],
    },
  },
  ...SAFEGUARD_FACTORS.map((factor): ColumnSpec => ({ name: factor.column, kind: 'boolean', required: false })),
];

/** Column names of the format, in order. */
export const COLUMN_NAMES: readonly string[] = COLUMNS.map((column) => column.name);

/** Spellings accepted for booleans (any case). Blank means "not recorded". */
export const BOOLEAN_WORDS = { true: ['y', 'yes', 'true', '1'], false: ['n', 'no', 'false', '0'] } as const;

/** The label of the financial year (April to March) starting in `start`: 2014 → `2014/15`. */
export function financialYearLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
