/** Text the borough map shows: numbers, ranks, labels, tooltip lines and the screen-reader summary. Pure. */
import type { Basis, BoroughMapRow, Measure, MapView } from './types';

const PLURAL_RULES = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 21 → "21st", 33 → "33rd". */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[PLURAL_RULES.select(n)] ?? 'th'}`;
}

/** A count with en-GB digit grouping: 1,234. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A rate to one decimal place, en-GB: 1,234.5. */
export function formatRate(rate: number): string {
  return rate.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A value of the given measure as text. */
export function formatValue(value: number, measure: Measure): string {
  return measure === 'rate' ? formatRate(value) : formatCount(value);
}

/** Legend title for a measure. */
export function measureLabel(measure: Measure): string {
  return measure === 'rate' ? 'Rate per 10,000 children' : 'Count';
}

/** Which borough a figure is counted in, as a phrase. */
export function basisLabel(basis: Basis): string {
  return basis === 'offence' ? 'by borough where the offence took place' : "by the victim's home borough";
}

/** The value that colours a borough, or null when it has none to show. */
export function mappedValue(row: BoroughMapRow | undefined, measure: Measure): number | null {
  if (!row || row.suppressed) return null;
  const value = measure === 'rate' ? row.rate : row.count;
  return value !== null && Number.isFinite(value) ? value : null;
}

/** A borough's tooltip: its name and one line per figure. */
export interface TooltipContent {
  title: string;
  lines: string[];
}

/** Tooltip content for a borough; `rankedOutOf` is how many boroughs were ranked (33 when all were). */
export function tooltipContent(name: string, row: BoroughMapRow | undefined, rankedOutOf: number): TooltipContent {
  if (row?.suppressed) return { title: name, lines: ['Suppressed: too few to show'] };
  if (!row || (row.count === null && row.rate === null)) return { title: name, lines: ['No data'] };
  const lines = [`Count: ${row.count === null ? 'not available' : formatCount(row.count)}`];
  if (row.rate === null) {
    lines.push('Rate: not available');
  } else {
    const interval = row.low !== null && row.high !== null ? ` (95% CI ${formatRate(row.low)}–${formatRate(row.high)})` : '';
    lines.push(`Rate: ${formatRate(row.rate)} per 10,000 children${interval}`);
  }
  if (row.rank !== null) lines.push(`Rank: ${ordinal(row.rank)} of ${rankedOutOf}`);
  return { title: name, lines };
}

/** The map's accessible name. */
export function mapLabel(view: MapView): string {
  return `Map of London boroughs: ${measureLabel(view.measure).toLowerCase()}, ${basisLabel(view.basis)}`;
}

/**
 * A short text version of the map for screen readers: the three highest and the lowest boroughs, how many
 * have no figure, and where the full figures are.
 */
export function mapSummary(rows: readonly BoroughMapRow[], view: MapView, boroughCount: number): string {
  const shown = rows
    .map((row) => ({ row, value: mappedValue(row, view.measure) }))
    .filter((entry): entry is { row: BoroughMapRow; value: number } => entry.value !== null)
    .sort((a, b) => b.value - a.value || a.row.name.localeCompare(b.row.name, 'en-GB'));
  const describe = ({ row, value }: { row: BoroughMapRow; value: number }) => `${row.name} (${formatValue(value, view.measure)})`;
  const parts = [`${mapLabel(view)}.`];
  if (shown.length > 0) {
    parts.push(`Highest: ${shown.slice(0, 3).map(describe).join(', ')}.`);
    if (shown.length > 3) parts.push(`Lowest: ${describe(shown[shown.length - 1])}.`);
  }
  const missing = boroughCount - shown.length;
  if (missing > 0) parts.push(`${missing} ${missing === 1 ? 'borough has' : 'boroughs have'} no figure (no data or suppressed).`);
  parts.push('The borough list gives every figure.');
  return parts.join(' ');
}
