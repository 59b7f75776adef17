/**
 * en-GB formatting for everything the dashboard writes: counts (1,852), shares (70%), rates
 * (12.4 per 10,000), dates (1 Apr 2014), financial years (2014/15) and plain-words fractions (7 in 10).
 * Pure functions, so titles computed from data read the same in tests and on screen.
 */

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A whole count with thousands separators: 1852 → "1,852". Non-finite → "–". */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? COUNT.format(Math.round(value)) : '–';
}

/**
 * A share (0–1) as a percentage: whole numbers by default (0.708 → "71%"); `digits` adds decimals.
 * Shares that round to 0 or 100 but are not exactly so say "<1%" / ">99%", so no one reads "0%" as none.
 */
export function formatPercent(share: number, digits = 0): string {
  if (!Number.isFinite(share)) return '–';
  const percent = share * 100;
  const factor = 10 ** digits;
  const rounded = Math.round(percent * factor) / factor;
  if (digits === 0 && rounded === 0 && percent > 0) return '<1%';
  if (digits === 0 && rounded === 100 && percent < 100) return '>99%';
  return `${fixedDigits(digits).format(rounded)}%`;
}

// `toLocaleString` with options builds a new Intl.NumberFormat on every call (~0.1 ms each, and a
// redraw formats hundreds of shares), so each precision's formatter is built once and kept.
const FIXED = new Map<number, Intl.NumberFormat>();

/** The en-GB formatter with exactly `digits` decimals (what `toLocaleString('en-GB', …)` would use). */
function fixedDigits(digits: number): Intl.NumberFormat {
  let format = FIXED.get(digits);
  if (!format) FIXED.set(digits, (format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format;
}

/** A share of `part` in `whole`, or NaN when there is no whole (so it formats as "–", never as 0%). */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : Number.NaN;
}

/** A rate per 10,000 children with one decimal: 12.43 → "12.4 per 10,000". */
export function formatRate(rate: number, withUnit = true): string {
  if (!Number.isFinite(rate)) return '–';
  const text = ONE_DECIMAL.format(rate);
  return withUnit ? `${text} per 10,000` : text;
}

/** An ISO date (`YYYY-MM-DD`, or a Date / epoch ms) as "1 Apr 2014". Unreadable input is returned unchanged. */
export function formatDate(value: string | number | Date): string {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (!match) return value;
    return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A month (`YYYY-MM-DD`, `YYYY-MM`, Date or epoch ms) as "Apr 2014". */
export function formatMonth(value: string | number | Date): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})/.exec(value);
    return match ? `${MONTHS[Number(match[2]) - 1]} ${match[1]}` : value;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "FY 2014/15". */
export function formatFy(fy: string): string {
  return `FY ${fy}`;
}

/**
 * A share in plain words, as the pack writes it: "7 in 10", "1 in 4", "9 in 10". Uses tenths, or
 * quarters/thirds/halves when they are nearer; shares under 1 in 10 read "1 in N", and shares that
 * would round to 10 in 10 read "nearly all". Lower case: use `upperFirst` at the start of a sentence.
 */
export function inWords(value: number): string {
  if (!Number.isFinite(value) || value < 0) return '–';
  if (value === 0) return 'none';
  if (value >= 1) return 'all';
  if (value >= 0.95) return 'nearly all';
  if (value < 0.095) return `1 in ${formatCount(Math.round(1 / value))}`;
  const candidates: [number, string][] = [
    [1 / 4, '1 in 4'], [1 / 3, '1 in 3'], [1 / 2, '1 in 2'], [2 / 3, '2 in 3'], [3 / 4, '3 in 4'],
  ];
  const tenths = Math.round(value * 10);
  let best: [number, string] = [tenths / 10, `${tenths} in 10`];
  for (const candidate of candidates) {
    if (Math.abs(candidate[0] - value) < Math.abs(best[0] - value) - 0.005) best = candidate;
  }
  return best[1];
}

/** A change between two counts as text: "up 15% on FY 2013/14", "down 3 (−2%) …", "no change …". */
export function formatChange(current: number, previous: number, against: string): string {
  if (!Number.isFinite(previous) || previous <= 0) return `no ${against} figure to compare`;
  const delta = current - previous;
  if (delta === 0) return `no change on ${against}`;
  const percent = formatPercent(Math.abs(delta) / previous);
  return `${delta > 0 ? 'up' : 'down'} ${percent} on ${against} (${formatCount(previous)})`;
}

/** A change between two shares in percentage points: "up 3 points on FY 2013/14 (68%)". */
export function formatPointChange(current: number, previous: number, against: string): string {
  if (!Number.isFinite(previous) || !Number.isFinite(current)) return `no ${against} figure to compare`;
  const points = Math.round((current - previous) * 100);
  if (points === 0) return `no change on ${against} (${formatPercent(previous)})`;
  const unit = Math.abs(points) === 1 ? 'point' : 'points';
  return `${points > 0 ? 'up' : 'down'} ${Math.abs(points)} ${unit} on ${against} (${formatPercent(previous)})`;
}

/** "1 record" / "1,852 records". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** The text with its first letter in upper case: "nearly all" → "Nearly all". */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** First letter upper-case: for labels built from stored values such as `phone_call` → "Phone call". */
export function sentenceCase(text: string): string {
  const spaced = text.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
