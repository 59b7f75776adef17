/**
 * Categorical colours from the Okabe–Ito palette (https://jfly.uni-koeln.de/color/), chosen to stay
 * distinct under protanopia, deuteranopia and tritanopia (checked in test/charts/palette.test.ts).
 * Every category keeps one colour on every chart.
 */

/** Okabe–Ito, in the order used for series without a fixed colour. */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

/** CSE categories: blue for Category 1 (at risk), then orange and vermillion as severity rises. */
export const CATEGORY_COLOURS = { '1': '#0072B2', '2': '#E69F00', '3': '#D55E00' } as const;

/** Victim and suspect gender; both at least 3.8:1 against white. */
export const GENDER_COLOURS = { female: '#D55E00', male: '#0072B2', other: '#009E73', unknown: '#767676' } as const;

/** Record type and outcome series: each at least 3:1 against white, so thin lines stay visible. */
export const OUTCOME_COLOURS = {
  suspicion: '#0072B2', crime: '#D55E00', detection: '#009E73', disruption: '#CC79A7', nfa: '#000000', open: '#767676',
} as const;

/** Line dash patterns by series position, so lines differ by more than colour. */
export const DASHES = ['none', '6 3', '2 2', '8 3 2 3', '1 3', '10 4'] as const;

const KNOWN: Record<string, string> = {
  ...Object.fromEntries(Object.entries(CATEGORY_COLOURS).flatMap(([k, c]) => [[k, c], [`category${k}`, c], [`cat${k}`, c]])),
  ...GENDER_COLOURS, ...OUTCOME_COLOURS,
  females: GENDER_COLOURS.female, males: GENDER_COLOURS.male,
  detections: OUTCOME_COLOURS.detection, detected: OUTCOME_COLOURS.detection,
  intelligence: OUTCOME_COLOURS.disruption, intelligencedisruption: OUTCOME_COLOURS.disruption,
  disruptions: OUTCOME_COLOURS.disruption, crimes: OUTCOME_COLOURS.crime, suspicions: OUTCOME_COLOURS.suspicion,
};

/** The fixed colour of a known series name ("Category 1", "Female", "Detections"…), else undefined. */
export function knownColour(name: string): string | undefined {
  const key = name.toLowerCase().split('(')[0].replace(/[^a-z0-9]/g, '');
  return KNOWN[key];
}

/**
 * Colours for `names` in order: `fixed` first, then the known colour of each name, then the next
 * Okabe–Ito colour not already used.
 */
export function seriesColours(names: readonly string[], fixed: Readonly<Record<string, string>> = {}): string[] {
  const chosen = names.map((name) => fixed[name] ?? knownColour(name));
  const spare = OKABE_ITO.filter((c) => !chosen.includes(c));
  let next = 0;
  return chosen.map((c) => c ?? spare[next++ % spare.length]);
}
