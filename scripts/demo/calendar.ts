/**
 * Days, financial years and ages. Every day of the covered period is indexed once, so that the generator works with
 * small integers and never builds Date objects per record (dates would also bring time-zone risk).
 */
import type { Rng } from './prng';

/** CSE flags were introduced on 1 October 2013; the demo extract runs to the end of FY 2015/16. */
export const FIRST_DATE = '2013-10-01';
export const LAST_DATE = '2016-03-31';
/** The date the demo extract was "taken": records close to it are more often still open. */
const EXTRACT_DATE_MS = Date.UTC(2016, 3, 30);

/** One calendar day of the covered period. */
interface Day {
  readonly iso: string;
  /** yyyymmdd as a number: subtracting two of these and dividing by 10,000 gives whole years between them. */
  readonly ymd: number;
  readonly month: number;
  readonly weekday: number;
  readonly daysBeforeExtract: number;
}

function buildDays(): Day[] {
  const days: Day[] = [];
  const last = Date.parse(`${LAST_DATE}T00:00:00Z`);
  for (let ms = Date.parse(`${FIRST_DATE}T00:00:00Z`); ms <= last; ms += 86_400_000) {
    const d = new Date(ms);
    const iso = d.toISOString().slice(0, 10);
    days.push({
      iso,
      ymd: Number(iso.replaceAll('-', '')),
      month: d.getUTCMonth() + 1,
      weekday: d.getUTCDay(),
      daysBeforeExtract: Math.round((EXTRACT_DATE_MS - ms) / 86_400_000),
    });
  }
  return days;
}

/** Every day from FIRST_DATE to LAST_DATE, in order; a record's day is an index into this list. */
export const DAYS: readonly Day[] = buildDays();

/** A financial year (1 April – 31 March) clipped to the covered period. */
export interface FinancialYear {
  readonly label: string;
  readonly firstDay: number;
  readonly lastDay: number;
}

const dayIndex = (iso: string): number => DAYS.findIndex((d) => d.iso === iso);

/** The three financial years of the extract; 2013/14 is only six months long. */
export const FINANCIAL_YEARS: readonly FinancialYear[] = [
  { label: '2013/14', firstDay: 0, lastDay: dayIndex('2014-03-31') },
  { label: '2014/15', firstDay: dayIndex('2014-04-01'), lastDay: dayIndex('2015-03-31') },
  { label: '2015/16', firstDay: dayIndex('2015-04-01'), lastDay: DAYS.length - 1 },
];

// Mild seasonality by calendar month (Jan..Dec): fewer reports over Christmas and in August, when schools are shut.
const MONTH_WEIGHT = [0.98, 0.95, 1.04, 0.97, 1.03, 1.06, 1.07, 0.93, 1.02, 1.05, 1.01, 0.86];
// Police record fewer reports at weekends (Sun..Sat).
const WEEKDAY_WEIGHT = [0.62, 1.1, 1.12, 1.1, 1.08, 1.04, 0.74];

/** Relative recording intensity of a day: seasonality, weekday, steady growth, and a ramp-up after flags began. */
export function dayWeight(index: number): number {
  const day = DAYS[index];
  const rampUp = index < 61 ? 0.8 + (0.2 * index) / 61 : 1;
  return MONTH_WEIGHT[day.month - 1] * WEEKDAY_WEIGHT[day.weekday] * (1 + index / 2500) * rampUp;
}

// Month-day pairs of a non-leap year, to draw birthdays from (29 February is left out: ages stay well defined).
const MONTH_DAYS: readonly number[] = DAYS.filter((d) => d.ymd >= 20140101 && d.ymd <= 20141231).map(
  (d) => d.ymd % 10000,
);

/** A birth date (yyyymmdd) at which a child is exactly `age` whole years old on the day `ymd`. */
export function birthForAge(age: number, ymd: number, rng: Rng): number {
  const monthDay = MONTH_DAYS[rng.int(MONTH_DAYS.length)];
  const year = Math.floor(ymd / 10000) - age - (monthDay > ymd % 10000 ? 1 : 0);
  return year * 10000 + monthDay;
}

/** Whole years from birth (yyyymmdd) to day (yyyymmdd). */
export function ageOn(birthYmd: number, ymd: number): number {
  return Math.floor((ymd - birthYmd) / 10000);
}
