/** The numbers behind the categories view's charts. */
import type { CategoryPeriodRow, OutcomeRow } from '../../queries/categories';
import type { FigureTable } from '../frame/table';
import { formatMonth, share } from '../format';

function pivot(rows: readonly CategoryPeriodRow[], label: (period: string) => string): FigureTable {
  const periods = [...new Set(rows.map((row) => row.period))];
  return {
    columns: [
      { key: 'period', label: 'Period' }, { key: 'c1', label: 'Category 1', format: 'count' }, { key: 'c2', label: 'Category 2', format: 'count' },
      { key: 'c3', label: 'Category 3', format: 'count' }, { key: 'total', label: 'Records', format: 'count' },
      { key: 'share1', label: 'Category 1 share', format: 'percent' },
    ],
    rows: periods.map((period) => {
      const of = (category: number) => rows.find((row) => row.period === period && row.category === category)?.count ?? 0;
      const total = of(1) + of(2) + of(3);
      return { period: label(period), c1: of(1), c2: of(2), c3: of(3), total, share1: total ? share(of(1), total) : null };
    }),
  };
}

/** Category counts and Category 1 share per financial year, or per month. */
export const categoryTables = {
  byYear: (rows: readonly CategoryPeriodRow[]) => pivot(rows, (fy) => `FY ${fy}`),
  byMonth: (rows: readonly CategoryPeriodRow[]) => pivot(rows, formatMonth),
};

/** The four outcome series by month. */
export function outcomeTable(rows: readonly OutcomeRow[]): FigureTable {
  return {
    columns: [
      { key: 'month', label: 'Month' }, { key: 'suspicion', label: 'Suspicion', format: 'count' }, { key: 'crime', label: 'Crime', format: 'count' },
      { key: 'detections', label: 'Detections', format: 'count' }, { key: 'disruptions', label: 'Intelligence / disruption', format: 'count' },
    ],
    rows: rows.map((row) => ({ month: formatMonth(row.period), suspicion: row.suspicion, crime: row.crime, detections: row.detections, disruptions: row.disruptions })),
  };
}
