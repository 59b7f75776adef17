/**
 * Text for the pack's titles and subtitles, written as the dashboard writes them. Every count reaches
 * text only through `count()`, which prints a published cell ("1,852", "<10", "[c]") inside
 * `<span class="count">`, so the disclosure test can find every count in the text.
 */
import { BOROUGHS } from '../../data/reference/boroughs';
import type { PublishedCell } from '../../disclosure/suppress';
import { formatPercent } from '../../charts/index';
import { escapeHtml } from '../html';
import type { Publisher } from '../publish';

/** Escaped text: the only way plain words enter a title. */
export const esc = escapeHtml;

/** A published count in text. */
export function count(pub: Publisher, cell: PublishedCell): string {
  return `<span class="count">${escapeHtml(pub.text(cell))}</span>`;
}

/** A share as "71%", or "–" when it cannot be published (a hidden count behind it). */
export function percent(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '–';
  if (share > 0 && share < 0.005) return '&lt;1%';
  if (share < 1 && share > 0.995) return '&gt;99%';
  return formatPercent(share);
}

/** A share in plain words, as the pack writes it: "7 in 10", "1 in 4"; "–" when not publishable. */
export function inWords(value: number | null): string {
  if (value === null || !Number.isFinite(value) || value < 0) return '–';
  if (value === 0) return 'None';
  if (value >= 1) return 'All';
  if (value < 0.095) return `1 in ${Math.round(1 / value).toLocaleString('en-GB')}`;
  const candidates: [number, string][] = [[1 / 4, '1 in 4'], [1 / 3, '1 in 3'], [1 / 2, '1 in 2'], [2 / 3, '2 in 3'], [3 / 4, '3 in 4']];
  const tenths = Math.round(value * 10);
  let best: [number, string] = [tenths / 10, `${tenths} in 10`];
  for (const candidate of candidates) if (Math.abs(candidate[0] - value) < Math.abs(best[0] - value) - 0.005) best = candidate;
  return best[1];
}

const VALUE_LABELS: Record<string, string> = {
  unknown: 'Unknown', outside_london: 'Outside London', not_recorded: 'Not recorded',
  phone_call: 'Phone call', social_services: 'Social services', education: 'Education', health: 'Health',
  police: 'Police-initiated', other: 'Other', borough: 'Borough (TP)', cait: 'CAIT', sapphire: 'Sapphire',
  acquaintance: 'Acquaintance', intimate: 'Intimate / ex-intimate', familial: 'Familial (incl. extended)', stranger: 'Stranger',
};

/** A stored value (borough code, enum value) in words. */
export function valueLabel(key: string): string {
  const name = BOROUGHS.find((borough) => borough.code === key)?.name ?? VALUE_LABELS[key];
  return name ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
}

/** The three CSE categories of the London protocol. */
export const CATEGORY_LABELS = { 1: "Category 1 'At risk'", 2: 'Category 2 Opportunistic abuse', 3: 'Category 3 Habitual exploitation' } as const;
export const CATEGORY_SHORT = { 1: '1 At risk', 2: '2 Opportunistic', 3: '3 Habitual' } as const;
