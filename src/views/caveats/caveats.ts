/** What the data cannot say, as plain statements: shown in the caveats panel and appended to every export. */
import { formatCount, formatPercent, share } from '../format';

/** The population estimate behind every rate (named under the map and in every export). */
export const POPULATION_SOURCE =
  'Children aged 0–17: ONS mid-year population estimate (mid-2022 or mid-2023; the source does not state the year), not the estimate for the year shown';

/** What the caveats are computed from. */
export interface CaveatInputs {
  /** Records with a suspect–victim relationship recorded, and all records in the selection. */
  relationship: { recorded: number; total: number };
  /** Whether the loaded extract is the synthetic demo. */
  synthetic: boolean;
}

/** The caveats for the current selection, most important first. The relationship share is computed. */
export function caveatStatements({ relationship, synthetic }: CaveatInputs): string[] {
  const recordedShare = share(relationship.recorded, relationship.total);
  const statements = [
    'CSE is a flag that officers apply by hand, and unevenly: these are records someone flagged, not how many children are exploited. A rise can mean better flagging as much as more abuse.',
    'Flags began in October 2013: FY 2013/14 covers six months only, so volumes before and after cannot be compared like for like.',
    Number.isFinite(recordedShare)
      ? `Only ${formatPercent(recordedShare)} of records (${formatCount(relationship.recorded)} of ${formatCount(relationship.total)}) record the suspect's relationship to the victim: relationship figures describe those records only.`
      : 'No records in this selection, so how often a relationship is recorded cannot be said.',
    'Victims are counted once each, described by their latest record in the selection; records count offences and enquiries, and one child can have several.',
    `Rates per 10,000 children use the ${POPULATION_SOURCE.charAt(0).toLowerCase()}${POPULATION_SOURCE.slice(1)}.`,
  ];
  if (synthetic) statements.unshift('The demo extract is synthetic: no real child, suspect or crime. Do not draw conclusions about London from it.');
  return statements;
}
