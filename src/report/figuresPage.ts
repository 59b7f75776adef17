/**
 * A first static report of figures.json: one self-contained HTML page, tables only, no script, counts
 * below the disclosure threshold shown as "<10".
 */
import { BOROUGHS } from '../data/reference/boroughs';
import { DEFAULT_MIN_CELL } from '../disclosure/smallNumbers';
import { publishedText, publishTotal, suppressBreakdown, type PublishedCell } from '../disclosure/suppress';
import type { Figures } from './figures';
import { escapeHtml, htmlTable } from './html';

const LABELS: Record<string, string> = {
  unknown: 'Unknown', outside_london: 'Outside London', not_recorded: 'Not recorded', not_missing: 'Not missing',
  phone_call: 'Phone call', social_services: 'Social services', cait: 'CAIT', nfa: 'No further action',
  borough: 'Borough (TP)', disruption: 'Intelligence / disruption',
};
const label = (key: string) =>
  BOROUGHS.find((b) => b.code === key)?.name ?? LABELS[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');

const cellText = (cell: PublishedCell) => publishedText(cell);

function breakdown(caption: string, counts: Record<string, number>): string {
  const published = suppressBreakdown(counts);
  return htmlTable(caption, ['', 'Count'], Object.entries(published).map(([key, cell]) => [label(key), cellText(cell)]));
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1a1a1a;padding:0 1rem}
table{border-collapse:collapse;margin:1rem 0 2rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #ccc;padding:.2rem .8rem;text-align:right}th[scope=row]{text-align:left;font-weight:normal}
.note{color:#444;font-size:.9rem}`;

/** The HTML of the figures report; `made` is the date it was produced (YYYY-MM-DD). */
export function figuresPage(figures: Figures, period: string, made: string): string {
  const sections = [
    breakdown('Records by CSE category', figures.by_category),
    breakdown('Records by financial year', figures.by_financial_year),
    breakdown('Records by type', figures.by_record_type),
    breakdown('Records by outcome', figures.by_outcome),
    breakdown('Records by offence borough', figures.by_offence_borough),
    breakdown("Victims by home borough", figures.by_victim_home_borough),
    breakdown('Victims by gender', figures.victims_by_gender),
    breakdown('Female victims by age', figures.female_victims_by_age),
    breakdown('Records by suspect relationship', figures.relationship),
    breakdown('Victims reported missing in the previous 12 months', figures.victims_missing_12m),
    breakdown('Records by investigating unit', figures.by_investigating_unit),
    breakdown('Records by referral route', figures.by_referral_source),
  ];
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>CSE figures, ${escapeHtml(period)}</title><style>${STYLE}</style></head><body>
<h1>Child sexual exploitation: flagged records, ${escapeHtml(period)}</h1>
<p>${escapeHtml(cellText(publishTotal(figures.records)))} flagged records; ${escapeHtml(cellText(publishTotal(figures.victims)))} victims;
${escapeHtml(cellText(publishTotal(figures.online_records)))} online.</p>
<p class="note">Source: ${escapeHtml(figures.source.file)}. Made ${escapeHtml(made)}. Disclosure control: counts from 1 to
${DEFAULT_MIN_CELL - 1} are shown as &lt;${DEFAULT_MIN_CELL}; [c] marks a count hidden so that a small count cannot be worked out
from the total.
Contains National Statistics data © Crown copyright and database right 2025.</p>
${sections.join('\n')}
</body></html>
`;
}
