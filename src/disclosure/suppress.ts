/**
 * Statistical disclosure control for published tables: primary suppression of small counts, then
 * secondary suppression so that no hidden cell can be worked out from the published totals.
 */
import { DEFAULT_MIN_CELL, isSuppressed, LOWEST_MIN_CELL } from './smallNumbers';

/** A published cell: the count, or null when suppressed (shown as "<N"). */
export interface PublishedCell {
  value: number | null;
  /** `primary`: the count itself was small; `secondary`: hidden so a small count cannot be derived. */
  suppressed: false | 'primary' | 'secondary';
}

export interface SuppressionRule {
  /** Counts from 1 to minCell − 1 are hidden. Never below LOWEST_MIN_CELL. */
  minCell: number;
  /** Round every published count to the nearest 5 (0 stays 0). */
  roundToFive: boolean;
}

export const PUBLIC_RULE: SuppressionRule = { minCell: DEFAULT_MIN_CELL, roundToFive: false };

/** Checks a rule, e.g. from a command-line option: a restricted pack may lower the threshold, never below 3. */
export function checkRule(rule: SuppressionRule): SuppressionRule {
  if (!Number.isInteger(rule.minCell) || rule.minCell < LOWEST_MIN_CELL) {
    throw new Error(`The minimum cell count must be a whole number of at least ${LOWEST_MIN_CELL}.`);
  }
  return rule;
}

/**
 * Picks cells to hide in a 2-D table (rows × columns, whose row and column totals are published).
 * Primary: every count in 1…minCell−1. Secondary: while a row or column would let its total pin a
 * small cell to one value (a lone hidden cell, or hidden cells whose sum allows only one split), also
 * hide its next smallest non-zero cell. Returns a mask of the same shape.
 *
 * Proven (test/disclosure) for one-dimensional breakdowns with a published total. For cross-tables with
 * both margins published this heuristic can still leave a small cell pinned by the bounds; such tables
 * need an exact audit before they are published.
 */
export function suppressionMask(table: readonly (readonly number[])[], minCell: number): Mask[][] {
  const mask: Mask[][] = table.map((row) => row.map((n) => (isSuppressed(n, minCell) ? 'primary' : false)));
  const lines = [
    ...table.map((row, r) => row.map((_, c) => [r, c] as const)),
    ...(table.length > 1 ? table[0].map((_, c) => table.map((_, r) => [r, c] as const)) : []),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const cells = line.map(([r, c]) => ({ r, c, n: table[r][c], mask: mask[r][c] }));
      if (!exposesSmallCell(cells.filter((cell) => cell.mask), minCell)) continue;
      const candidates = cells.filter((cell) => !cell.mask && cell.n > 0).sort((a, b) => a.n - b.n);
      if (!candidates.length) continue;
      // Prefer a cell that leaves the small ones more than one possible value; else the largest.
      const pick = candidates.find((cell) => !exposesSmallCell([...cells.filter((x) => x.mask), { ...cell, mask: 'secondary' }], minCell))
        ?? candidates[candidates.length - 1];
      mask[pick.r][pick.c] = 'secondary';
      changed = true;
    }
  }
  return mask;
}

type Mask = false | 'primary' | 'secondary';

/**
 * Whether someone who knows a line's total, its published cells and this rule (a primary cell is
 * 1…minCell−1, a secondary cell at least minCell) can pin a primary cell of the line to one value:
 * a lone hidden cell always is; otherwise a cell is pinned when its interval, given the others'
 * bounds and the hidden sum, is a single point.
 */
function exposesSmallCell(hidden: { n: number; mask: Mask }[], minCell: number): boolean {
  if (hidden.length === 1) return true;
  const total = hidden.reduce((sum, cell) => sum + cell.n, 0);
  const low = (cell: { mask: Mask }) => (cell.mask === 'primary' ? 1 : minCell);
  const high = (cell: { mask: Mask }) => (cell.mask === 'primary' ? minCell - 1 : Infinity);
  return hidden.some((cell, i) => {
    if (cell.mask !== 'primary') return false;
    const others = hidden.filter((_, j) => j !== i);
    const least = Math.max(low(cell), total - others.reduce((sum, x) => sum + high(x), 0));
    const most = Math.min(high(cell), total - others.reduce((sum, x) => sum + low(x), 0));
    return least >= most;
  });
}

/** Rounds to the nearest 5 when the rule asks for it. */
export function rounded(n: number, rule: SuppressionRule): number {
  return rule.roundToFive ? Math.round(n / 5) * 5 : n;
}

/** Applies the rule to a 2-D table of counts. */
export function suppressTable(table: readonly (readonly number[])[], rule: SuppressionRule = PUBLIC_RULE): PublishedCell[][] {
  const mask = suppressionMask(table, checkRule(rule).minCell);
  return table.map((row, r) => row.map((n, c) => ({ value: mask[r][c] ? null : rounded(n, rule), suppressed: mask[r][c] })));
}

/** Applies the rule to one breakdown whose total is published (a 1-row table). */
export function suppressBreakdown<K extends string>(counts: Record<K, number>, rule: SuppressionRule = PUBLIC_RULE): Record<K, PublishedCell> {
  const keys = Object.keys(counts) as K[];
  const [row] = suppressTable([keys.map((key) => counts[key])], rule);
  return Object.fromEntries(keys.map((key, i) => [key, row[i]])) as Record<K, PublishedCell>;
}

/** A published total: suppressed itself when it is small. */
export function publishTotal(total: number, rule: SuppressionRule = PUBLIC_RULE): PublishedCell {
  return isSuppressed(total, rule.minCell)
    ? { value: null, suppressed: 'primary' }
    : { value: rounded(total, rule), suppressed: false };
}

/** A published cell as text: "1,852", "<N" for a small count, "[c]" for one hidden to protect another. */
export function publishedText(cell: PublishedCell, minCell: number = DEFAULT_MIN_CELL): string {
  if (cell.suppressed === 'primary') return `<${minCell}`;
  if (cell.suppressed === 'secondary') return '[c]';
  return (cell.value ?? 0).toLocaleString('en-GB');
}
