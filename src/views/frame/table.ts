/** The numbers behind a chart, as one shape for the accessible table, the CSV download and tests. */
import { formatCount, formatPercent, formatRate } from '../format';

/** How a column's values are written: counts (1,852), shares 0–1 (71%), rates per 10,000 (12.4), or text. */
export type CellFormat = 'count' | 'percent' | 'rate' | 'text';

/** One column: the row key it reads, its heading, and how its values are written. */
export interface TableColumn {
  key: string;
  label: string;
  format?: CellFormat;
}

/** A table cell: text, a number, or nothing (shown as "–", empty in CSV). */
export type Cell = string | number | null;

/** Rows of cells keyed by column; the first column names the row. */
export interface FigureTable {
  columns: readonly TableColumn[];
  rows: readonly Record<string, Cell>[];
}

/** A cell as text on screen (en-GB), "–" for missing. */
export function displayCell(value: Cell, format: CellFormat = 'text'): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'count':
      return formatCount(value);
    case 'percent':
      return formatPercent(value, 1);
    case 'rate':
      return formatRate(value, false);
    default:
      return String(value);
  }
}

/** A cell for CSV: numbers stay numbers (shares as percentages with one decimal), so spreadsheets can sum them. */
export function csvValue(value: Cell, format: CellFormat = 'text'): string | number | null {
  if (typeof value !== 'number') return value;
  if (format === 'percent') return Math.round(value * 1000) / 10;
  if (format === 'rate') return Math.round(value * 10) / 10;
  return value;
}

/** The CSV header for a column (percent columns say so). */
export function csvHeader(column: TableColumn): string {
  if (column.format === 'percent') return `${column.label} (%)`;
  if (column.format === 'rate') return `${column.label} (per 10,000)`;
  return column.label;
}
