/**
 * Cross-tables published with row, column and grand totals, and chains of linked tables, are attacked by
 * solving their margins. The attacker knows every published cell and margin and the rule ("<N" is 0…N−1:
 * zeros are hidden too; "[c]" is at least N). Small tables are attacked by brute force (every integer table that
 * agrees with what is published), independently of the max-flow audit the suppression uses; the audit is
 * checked against the brute force, then used on larger random tables and chains.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnprotectableError } from '../../src/disclosure/protect';
import { linkedNetwork, suppressLinked, type LinkedCounts, type PublishedLinked } from '../../src/disclosure/linked';
import { feasibleInterval, protectionWidth } from '../../src/disclosure/network';
import type { PublishedCell } from '../../src/disclosure/suppress';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
type Interval = { low: number; high: number };

/** Bounds an attacker knows for a cell; `cap` bounds "[c]" from above (the published total, or N − 1 if that is hidden). */
const range = (cell: PublishedCell, n: number, cap: number): [number, number] =>
  cell.value !== null ? [cell.value, cell.value] : cell.suppressed === 'primary' ? [0, n - 1] : [n, cap];

/** Every value each hidden cell of a 2-D table (margins included) takes over all tables consistent with what is published. */
function bruteForce(table: number[][], pub: PublishedLinked, n: number): Map<string, Interval> {
  const [rowM, colM] = pub.margins;
  const cap = pub.total.value ?? n - 1;
  const cells = table.flatMap((row, r) => row.map((_, c) => [r, c] as const));
  const values = table.map((row) => row.map(() => 0));
  const found = new Map<string, Interval>();
  const note = (key: string, v: number) => {
    const seen = found.get(key);
    found.set(key, seen ? { low: Math.min(seen.low, v), high: Math.max(seen.high, v) } : { low: v, high: v });
  };
  const fits = (cell: PublishedCell, v: number) => { const [lo, hi] = range(cell, n, Infinity); return v >= lo && v <= hi; };
  const search = (i: number) => {
    if (i === cells.length) {
      const rows = values.map(sum);
      const cols = table[0].map((_, c) => sum(values.map((row) => row[c])));
      if (!rows.every((v, r) => fits(rowM[r], v)) || !cols.every((v, c) => fits(colM[c], v)) || !fits(pub.total, sum(rows))) return;
      values.forEach((row, r) => row.forEach((v, c) => pub.tables[0][r][c].value === null && note(`${r},${c}`, v)));
      rows.forEach((v, r) => rowM[r].value === null && note(`row ${r}`, v));
      cols.forEach((v, c) => colM[c].value === null && note(`col ${c}`, v));
      return;
    }
    const [r, c] = cells[i];
    const [lo, hi] = range(pub.tables[0][r][c], n, cap);
    const soFar = sum(cells.slice(0, i).map(([a, b]) => values[a][b]));
    // The grand total bounds every partial sum, and fixes the last cell.
    const first = i === cells.length - 1 ? Math.max(lo, cap - soFar) : lo;
    for (let v = first; v <= hi && soFar + v <= cap; v++) {
      values[r][c] = v;
      if (i === cells.length - 1 && pub.total.value !== null && soFar + v !== cap) break;
      // Prune: a published row or column total cannot be exceeded.
      if (rowM[r].value !== null && sum(values[r].slice(0, c + 1)) > rowM[r].value!) break;
      if (colM[c].value !== null && sum(values.slice(0, r + 1).map((row) => row[c])) > colM[c].value!) break;
      search(i + 1);
    }
  };
  search(0);
  return found;
}

const counts2d = (table: number[][]): LinkedCounts => ({ layers: [table.map((_, r) => `r${r}`), table[0].map((_, c) => `c${c}`)], tables: [table] });

/** The published table, or null when no suppression can protect it (it is then withheld whole, which is safe). */
function publishOrWithhold(counts: LinkedCounts, n = 10): PublishedLinked | null {
  try {
    return suppressLinked(counts, { minCell: n, roundToFive: false });
  } catch (error) {
    if (error instanceof UnprotectableError) return null;
    throw error;
  }
}

/** Small tables with small counts: 2 rows, 2–3 columns, counts 0–24 with many below 10. */
const smallTable = fc.integer({ min: 2, max: 2 }).chain((rows) => fc.integer({ min: 2, max: 3 }).chain((cols) =>
  fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 16 })), { minLength: cols, maxLength: cols }),
    { minLength: rows, maxLength: rows })));

/** Every hidden edge's audited interval, by the same keys as the brute force. */
function audited(table: number[][], pub: PublishedLinked, n: number): Map<string, Interval> {
  const { net, mask } = linkedNetwork(counts2d(table), pub);
  const rows = table.length;
  const cols = table[0].length;
  const key = (i: number) => (i < rows ? `row ${i}` : i < rows + cols ? `col ${i - rows}` : `${Math.floor((i - rows - cols) / cols)},${(i - rows - cols) % cols}`);
  return new Map(mask.flatMap((hidden, i) => (hidden && i < net.edges.length - 1 ? [[key(i), feasibleInterval(net, mask, n, i)] as const] : [])));
}

describe('2-D tables with every margin published', () => {
  it('hides small cells, margins and a second cell in every line that has one', () => {
    const pub = suppressLinked(counts2d([[4, 20, 30], [25, 12, 40]]));
    expect(pub.tables[0][0][0]).toEqual({ value: null, suppressed: 'primary' });
    expect(pub.tables[0].flat().filter((cell) => cell.suppressed === 'secondary').length).toBeGreaterThanOrEqual(3);
    expect(pub.total.value).toBe(131);
  });

  it('the audit agrees with brute force, and no small count is narrowed below half its range (N = 10 and 3)', () => {
    for (const n of [10, 3]) {
      fc.assert(fc.property(smallTable, (table) => {
        const pub = publishOrWithhold(counts2d(table), n);
        if (!pub) return;
        const brute = bruteForce(table, pub, n);
        expect(brute).toEqual(audited(table, pub, n));
        const primaries = [...pub.tables[0].flatMap((row, r) => row.map((cell, c) => [`${r},${c}`, cell] as const)),
          ...pub.margins[0].map((cell, r) => [`row ${r}`, cell] as const), ...pub.margins[1].map((cell, c) => [`col ${c}`, cell] as const)]
          .filter(([, cell]) => cell.suppressed === 'primary');
        for (const [key] of primaries) {
          const { low, high } = brute.get(key)!;
          expect(high - low, `${JSON.stringify(table)} ${key}`).toBeGreaterThanOrEqual(protectionWidth(n));
        }
      }), { numRuns: 100, seed: 20151 });
    }
  }, 120_000);

  it('publishes no count from 1 to N−1 anywhere (random tables up to 8 × 8)', () => {
    const table = fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 60 })),
      { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 8 });
    let published = 0;
    fc.assert(fc.property(table, fc.constantFrom(3, 5, 10), (rows, n) => {
      const pub = publishOrWithhold(counts2d(rows), n);
      if (!pub) return;
      published++;
      const cells = [...pub.tables.flat(2), ...pub.margins.flat(), pub.total];
      expect(cells.filter((cell) => cell.value !== null && cell.value < n)).toEqual([]);
      const { net, mask } = linkedNetwork(counts2d(rows), pub);
      mask.forEach((hidden, i) => {
        if (hidden === 'primary') expect(feasibleInterval(net, mask, n, i).high - feasibleInterval(net, mask, n, i).low).toBeGreaterThanOrEqual(protectionWidth(n));
      });
    }), { numRuns: 150, seed: 515 });
    // Withholding is safe but useless: most tables must still be published.
    expect(published).toBeGreaterThan(100);
  }, 120_000);
});

describe('a chain of linked tables (home × offence × category)', () => {
  it('protects every small count against the joint margins of both tables', () => {
    const chain = fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 })).chain(([homes, places]) =>
      fc.tuple(fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 40 })),
        { minLength: places, maxLength: places }), { minLength: homes, maxLength: homes }),
      fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), { minLength: places, maxLength: places })));
    fc.assert(fc.property(chain, ([flows, split]) => {
      // Split each place's total into three categories in random proportions, so both tables add up.
      const placeTotals = flows[0].map((_, b) => sum(flows.map((row) => row[b])));
      const categories = placeTotals.map((total, b) => {
        const first = Math.floor(total * split[b][0]);
        const second = Math.floor((total - first) * split[b][1]);
        return [first, second, total - first - second];
      });
      const counts: LinkedCounts = { layers: [flows.map((_, a) => `h${a}`), placeTotals.map((_, b) => `p${b}`), ['1', '2', '3']], tables: [flows, categories] };
      const pub = publishOrWithhold(counts);
      if (!pub) return;
      const { net, mask } = linkedNetwork(counts, pub);
      mask.forEach((hidden, i) => {
        if (hidden === 'primary') expect(feasibleInterval(net, mask, 10, i).high - feasibleInterval(net, mask, 10, i).low).toBeGreaterThanOrEqual(protectionWidth(10));
        if (!hidden) expect(net.edges[i].value).toBeGreaterThanOrEqual(10);
      });
    }), { numRuns: 100, seed: 2015 });
  }, 120_000);
});
