/**
 * Class thresholds for a classed (choropleth) colour scale. A value v falls in class i when
 * thresholds[i − 1] ≤ v < thresholds[i] (d3.scaleThreshold semantics), so a tie at a break goes up.
 */
import { bisectRight } from 'd3';

/** quantile: equal numbers of areas per class; equal: equal-width intervals; natural: Fisher–Jenks optimal breaks. */
export type ClassMethod = 'quantile' | 'equal' | 'natural';

/** The class of `value` for `thresholds`, from 0 to thresholds.length. */
export function classIndex(value: number, thresholds: readonly number[]): number {
  return bisectRight(thresholds, value);
}

/** Thresholds for `sorted` (ascending, finite) in at most `classes` classes: distinct, above the minimum. */
export function classThresholds(sorted: readonly number[], classes: number, method: ClassMethod): number[] {
  if (sorted.length === 0 || classes < 2) return [];
  const raw = method === 'equal' ? equalThresholds(sorted, classes)
    : method === 'natural' ? naturalThresholds(sorted, classes)
    : quantileThresholds(sorted, classes);
  const min = sorted[0];
  return raw.filter((t, i) => t > min && (i === 0 || t > raw[i - 1]));
}

/** The value at rank ⌈i·n/k⌉: thresholds are data values, so integer counts keep integer classes. */
function quantileThresholds(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  return Array.from({ length: k - 1 }, (_, i) => sorted[Math.min(n - 1, Math.ceil(((i + 1) * n) / k))]);
}

function equalThresholds(sorted: readonly number[], k: number): number[] {
  const min = sorted[0];
  const step = (sorted[sorted.length - 1] - min) / k;
  return Array.from({ length: k - 1 }, (_, i) => min + (i + 1) * step);
}

/**
 * Fisher–Jenks: the split of the sorted values into k runs with the least total within-class squared
 * deviation, by dynamic programming (O(k·n²); fine for 33 boroughs). Returns each run's first value.
 */
function naturalThresholds(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  const sum = [0], squares = [0];
  for (const v of sorted) { sum.push(sum[sum.length - 1] + v); squares.push(squares[squares.length - 1] + v * v); }
  const cost = (i: number, j: number) => squares[j] - squares[i] - (sum[j] - sum[i]) ** 2 / (j - i);
  const classes = Math.min(k, n);
  let best = Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : cost(0, j)));
  const starts: number[][] = [];
  for (let c = 2; c <= classes; c++) {
    const next = new Array<number>(n + 1).fill(Infinity);
    const from = new Array<number>(n + 1).fill(0);
    for (let j = c; j <= n; j++) {
      for (let i = c - 1; i < j; i++) {
        const total = best[i] + cost(i, j);
        if (total < next[j]) { next[j] = total; from[j] = i; }
      }
    }
    starts.push(from);
    best = next;
  }
  const breaks: number[] = [];
  for (let c = classes, j = n; c >= 2; c--) { j = starts[c - 2][j]; breaks.unshift(j); }
  return breaks.map((i) => sorted[i]);
}
