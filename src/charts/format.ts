/**
 * en-GB number and date formatting for every chart: 1,852 · 70% · 12.4 · Apr 2014.
 * Months are spelt from a fixed list, not Intl: newer ICU data abbreviates September as "Sept" in en-GB,
 * which would make Node reports and browsers disagree.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${style}:${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, format);
  }
  return format;
}

/** A whole number with thousands separators: 1852 → "1,852". */
export function formatCount(value: number): string {
  return numberFormat('decimal', 0).format(value);
}

/** A number with a fixed number of decimals (default 1): 12.43 → "12.4". */
export function formatDecimal(value: number, digits = 1): string {
  return numberFormat('decimal', digits).format(value);
}

/** A share of 1 as a percentage (default no decimals): 0.7 → "70%". */
export function formatPercent(share: number, digits = 0): string {
  return numberFormat('percent', digits).format(share);
}

/** Whole numbers as counts, others with one decimal: the default for values of unknown kind. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatDecimal(value);
}

/** A month as "Apr 2014", read in UTC (dates from the query layer are UTC midnights). */
export function formatMonth(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** An axis tick formatter for values whose sign is only a side of the chart (the pyramid). */
export function formatAbsolute(format: (value: number) => string): (value: number) => string {
  return (value) => format(Math.abs(value));
}
