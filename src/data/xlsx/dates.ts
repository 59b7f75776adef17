/**
 * Which numbers in a workbook are dates, and their text. Excel stores a date as a serial day number and
 * only its cell's number format says it is one; the CSV a workbook becomes must hold the date as text
 * the reading rules accept, as Excel's own CSV export would.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Dates are UTC instants: midnight becomes `YYYY-MM-DD`, other times keep their time to the second. */
export function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return seconds === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

// Quoted text, [Red]/[$-409]/[h] brackets, and characters escaped by \, _ (a space as wide) or * (fill).
const NOT_A_CODE = /"[^"]*"|\[[^\]]*\]|\\.|[_*]./g;

/** True for a custom number format that shows a date or a time (d, m, y, h or s outside literal text). */
export function isDateCode(code: string): boolean {
  return /[dmyhs]/i.test(code.replace(NOT_A_CODE, ''));
}

/**
 * True when cells of number format `id` are dates: its custom code says so, or it is one of Excel's
 * built-in date and time formats (14–22, 45–47), which a workbook does not spell out.
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code !== undefined) return isDateCode(code);
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

const DAY_SECONDS = 86_400;
// Serial day numbers of 1970-01-01: Excel's 1900 system counts from 1899-12-30 (from March 1900 on).
const UNIX_DAY_1900 = 25_569;
const UNIX_DAY_1904 = UNIX_DAY_1900 - 1_462;

/**
 * A serial date (days, with the time as a fraction) as text. The 1900 system counts a 29 February 1900
 * that never was (serial 60, Lotus 1-2-3's leap-year bug, kept by Excel): serials below it are a day
 * further from March 1900 than their number says. Rounded to the second, as Excel shows times.
 */
export function serialText(serial: number, date1904: boolean): string {
  const seconds = Math.round(serial * DAY_SECONDS);
  let day = Math.floor(seconds / DAY_SECONDS);
  const time = seconds - day * DAY_SECONDS;
  if (!date1904 && day === 60) return dateText(new Date(Date.UTC(1900, 1, 28) + time * 1000)).replace('1900-02-28', '1900-02-29');
  if (!date1904 && day >= 1 && day < 60) day += 1;
  const unixDay = day - (date1904 ? UNIX_DAY_1904 : UNIX_DAY_1900);
  const date = new Date(unixDay * DAY_SECONDS * 1000 + time * 1000);
  return Number.isNaN(date.getTime()) ? String(serial) : dateText(date);
}

/** An ISO 8601 date cell (`t="d"`, rare) as text; without a zone it is taken as UTC like every date here. */
export function isoText(value: string): string {
  const zoned = /[zZ]$|[+-]\d\d:?\d\d$/.test(value) || !value.includes('T');
  const ms = Date.parse(zoned ? value : `${value}Z`);
  return Number.isNaN(ms) ? value : dateText(new Date(ms));
}
