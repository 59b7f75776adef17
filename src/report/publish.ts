/**
 * Disclosure control for the published report packs: every count a page writes, draws or puts in
 * figures.json goes through a `Publisher` first, which applies one suppression rule (src/disclosure).
 */
import { publishedText, publishTotal, suppressBreakdown, suppressTable, type PublishedCell, type SuppressionRule } from '../disclosure/suppress';

/** A published breakdown: each key's published cell, and its published total. */
export interface PublishedBreakdown<K extends string> {
  cells: Record<K, PublishedCell>;
  total: PublishedCell;
}

/** A published count as figures.json holds it: the number, or null with the reason it is hidden. */
export type JsonCell = number | { value: null; suppressed: 'primary' | 'secondary' };

/** Applies one suppression rule to everything a pack publishes, and writes the cells as text and JSON. */
export class Publisher {
  constructor(readonly rule: SuppressionRule) {}

  /** One total (e.g. all records): hidden when small. */
  total(count: number): PublishedCell {
    return publishTotal(count, this.rule);
  }

  /** A breakdown whose total is published: small cells hidden, and others hidden so they cannot be derived. */
  breakdown<K extends string>(counts: Record<K, number>): PublishedBreakdown<K> {
    const sum = (Object.values(counts) as number[]).reduce((a, b) => a + b, 0);
    return { cells: suppressBreakdown(counts, this.rule), total: this.total(sum) };
  }

  /**
   * A subtotal of published cells (e.g. victims whose count is recorded = missing + not missing): published
   * only when every part is, since a subtotal of a hidden cell and published ones would give the hidden one away.
   */
  sumOf(cells: readonly PublishedCell[]): PublishedCell {
    if (cells.some((cell) => cell.value === null)) return { value: null, suppressed: 'secondary' };
    return { value: cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0), suppressed: false };
  }

  /**
   * A subtotal of a published breakdown: published when every part is, or when the total and every other
   * cell (`rest`) are, since it can then be worked out from published cells anyway (total − rest).
   */
  subtotal(parts: readonly PublishedCell[], total: PublishedCell, rest: readonly PublishedCell[]): PublishedCell {
    const sum = this.sumOf(parts);
    if (sum.value !== null) return sum;
    const others = this.sumOf(rest);
    if (total.value === null || others.value === null) return sum;
    return { value: total.value - others.value, suppressed: false };
  }

  /** A two-way table (rows × columns) whose row and column totals may be published. */
  table(rows: readonly (readonly number[])[]): PublishedCell[][] {
    return suppressTable(rows, this.rule);
  }

  /** A cell as text: "1,852", "<10" for a small count, "[c]" for one hidden to protect another. */
  text(cell: PublishedCell): string {
    return publishedText(cell, this.rule.minCell);
  }

  /** The share `part / whole` of two published cells, or null when either is hidden or the whole is 0. */
  share(part: PublishedCell, whole: PublishedCell): number | null {
    if (part.value === null || whole.value === null || whole.value <= 0) return null;
    return part.value / whole.value;
  }

  /** A cell for figures.json. */
  json(cell: PublishedCell): JsonCell {
    return cell.value === null && cell.suppressed ? { value: null, suppressed: cell.suppressed } : (cell.value ?? 0);
  }

  /** A breakdown's cells for figures.json, keyed as given. */
  jsonCells<K extends string>(cells: Record<K, PublishedCell>): Record<K, JsonCell> {
    return Object.fromEntries(Object.entries<PublishedCell>(cells).map(([key, cell]) => [key, this.json(cell)])) as Record<K, JsonCell>;
  }

  /** A breakdown for figures.json: its cells and its total. */
  jsonBreakdown<K extends string>(published: PublishedBreakdown<K>): { total: JsonCell; counts: Record<K, JsonCell> } {
    return { total: this.json(published.total), counts: this.jsonCells(published.cells) };
  }
}
