/**
 * Suppression is proved by attack: an adversary who knows the published cells, every row and column
 * total and this rule (a "<N" cell is 1…N−1, a "[c]" cell is at least N) solves the margins, and must
 * find more than one value for every small count.
 */
import { describe, expect, it } from 'vitest';
import { checkRule, suppressBreakdown, suppressTable, type PublishedCell } from '../../src/disclosure/suppress';

/** Every value each hidden cell can take given the published margins (depth-first, pruned by rows). */
function feasibleValues(table: number[][], published: PublishedCell[][], minCell: number): Map<string, Set<number>> {
  const hidden = published.flatMap((row, r) => row.map((cell, c) => ({ r, c, cell })).filter((x) => x.cell.value === null));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const cols = table[0].map((_, c) => table.map((row) => row[c]));
  // What the margins leave for the hidden cells of each row and column (published totals minus published cells).
  const rowLeft = table.map((row, r) => sum(row) - sum(published[r].map((cell) => cell.value ?? 0)));
  const colLeft = cols.map((col, c) => sum(col) - sum(published.map((row) => row[c].value ?? 0)));
  const found = new Map(hidden.map((h) => [`${h.r},${h.c}`, new Set<number>()]));
  const values: number[] = [];
  const lastInRow = (i: number) => i === hidden.length - 1 || hidden[i + 1].r !== hidden[i].r;
  const search = (i: number, rowSoFar: number) => {
    if (i === hidden.length) {
      // A one-row breakdown publishes only its total; a cross-tab publishes row and column totals.
      const colsOk = table.length === 1 || cols.every((_, c) => sum(hidden.flatMap((h, j) => (h.c === c ? [values[j]] : []))) === colLeft[c]);
      if (colsOk) hidden.forEach((h, j) => found.get(`${h.r},${h.c}`)!.add(values[j]));
      return;
    }
    const { cell, r, c } = hidden[i];
    const high = cell.suppressed === 'primary' ? minCell - 1 : Math.min(rowLeft[r], table.length === 1 ? Infinity : colLeft[c]);
    for (let v = cell.suppressed === 'primary' ? 1 : minCell; v <= high && rowSoFar + v <= rowLeft[r]; v++) {
      values[i] = v;
      if (lastInRow(i) && rowSoFar + v !== rowLeft[r]) continue;
      search(i + 1, lastInRow(i) ? 0 : rowSoFar + v);
    }
  };
  search(0, 0);
  return found;
}

/** A seeded generator of breakdowns (one-row tables) with some small counts. */
function* tables(seed: number, count: number): Generator<number[][]> {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    const rows = 1;
    const cols = 2 + Math.floor(next() * 6);
    yield Array.from({ length: rows }, () => Array.from({ length: cols }, () => (next() < 0.35 ? Math.floor(next() * 10) : 10 + Math.floor(next() * 25))));
  }
}

describe('small-number suppression', () => {
  it('hides counts from 1 to N−1, keeps 0 and larger counts', () => {
    const published = suppressBreakdown({ a: 0, b: 3, c: 9, d: 10, e: 40 });
    expect(Object.values(published).map((cell) => cell.value)).toEqual([0, null, null, 10, 40]);
  });

  it('hides a second cell when a row has a single hidden one', () => {
    const published = suppressBreakdown({ a: 4, b: 25, c: 12, d: 0 });
    expect(published.a.suppressed).toBe('primary');
    expect(published.c.suppressed).toBe('secondary');
    expect(published.b.value).toBe(25);
  });

  it('passes over a secondary cell that would pin the small one to 1', () => {
    const published = suppressBreakdown({ a: 1, b: 10, c: 15 });
    expect([published.b.value, published.c.value]).toEqual([10, null]);
  });

  it('rounds to the nearest 5 when asked, and never goes below a threshold of 3', () => {
    expect(suppressBreakdown({ a: 12, b: 18 }, { minCell: 10, roundToFive: true }).a.value).toBe(10);
    expect(() => checkRule({ minCell: 2, roundToFive: false })).toThrow(/at least 3/);
    expect(suppressBreakdown({ a: 3, b: 4, c: 20 }, { minCell: 3, roundToFive: false }).a.value).toBe(3);
  });

  it('leaves no small count recoverable from a breakdown and its total (500 random breakdowns)', () => {
    for (const table of tables(20151, 500)) {
      const published = suppressTable(table);
      for (const [r, row] of published.entries()) {
        for (const [c, cell] of row.entries()) {
          if (cell.value !== null) expect(cell.value < 1 || cell.value >= 10).toBe(true);
          else expect(table[r][c]).toBeGreaterThan(0);
        }
      }
      for (const [cell, values] of feasibleValues(table, published, 10)) {
        const [r, c] = cell.split(',').map(Number);
        if (published[r][c].suppressed === 'primary') expect(values.size, `${JSON.stringify(table)} cell ${cell}`).toBeGreaterThan(1);
      }
    }
  });
});
