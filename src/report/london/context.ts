/**
 * What every page of the London pack is built from, and the pieces pages share: a published table,
 * a bar chart of a published breakdown (hidden cells left out and named in a note), and SVG markup.
 */
import { barChart, chartMarkup, type BoroughCollection } from '../../charts/index';
import type { PublishedCell } from '../../disclosure/suppress';
import type { DashboardData } from '../../queries/dashboard';
import { escapeHtml } from '../html';
import type { PublicationPlan } from '../plan';
import type { Publisher } from '../publish';

/** Everything a page needs: the dashboard's figures, the rule, the DOM to draw in, the boundaries, the place tables. */
export interface PackContext {
  data: DashboardData;
  pub: Publisher;
  /** "financial year 2014/15". */
  period: string;
  document: Document;
  geojson: BoroughCollection;
  /** The place tables every pack of this selection publishes a part of, suppressed together. */
  plan: PublicationPlan;
}

/** A row of a published table: a label and its published cells. */
export type PublishedRow = readonly [string, ...PublishedCell[]];

/** A table of published cells (every count through the publisher; text escaped). */
export function publishedTable(pub: Publisher, caption: string, header: readonly string[], rows: readonly PublishedRow[]): string {
  const head = header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const body = rows.map(([label, ...cells]) =>
    `<tr><th scope="row">${escapeHtml(label)}</th>${cells.map((cell) => `<td>${escapeHtml(pub.text(cell))}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A chart's markup wrapped as a figure. */
export function figure(svg: SVGSVGElement, note = ''): string {
  return `<figure style="margin:0">${chartMarkup(svg)}${note ? `<figcaption class="note">${note}</figcaption>` : ''}</figure>`;
}

/** A note naming the rows a chart leaves out because their counts are hidden. */
export function hiddenNote(labels: readonly string[]): string {
  if (!labels.length) return '';
  return `Not drawn (count hidden under disclosure control): ${escapeHtml(labels.join(', '))}.`;
}

export interface BarOptions {
  ariaLabel: string;
  width?: number;
  height?: number;
  sort?: 'descending' | 'ascending' | 'none';
}

/** A bar chart of published cells: hidden cells are left out of the chart and named in its note. */
export function publishedBars(ctx: PackContext, rows: readonly (readonly [string, PublishedCell])[], options: BarOptions): string {
  const shown = rows.filter(([, cell]) => cell.value !== null).map(([label, cell]) => ({ label, value: cell.value as number }));
  const hidden = rows.filter(([, cell]) => cell.value === null).map(([label, cell]) => `${label} (${ctx.pub.text(cell)})`);
  const svg = barChart(shown, { ...options, document: ctx.document });
  return figure(svg, hiddenNote(hidden));
}
