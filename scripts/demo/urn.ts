/**
 * Exact quotas. Published figures are counts, so the generator deals values out of an urn (drawing without
 * replacement) instead of tossing coins: the totals then hold by construction, whatever the seed, while the order
 * in which values turn up is still random. Memory is one count per distinct value, not one per row.
 */
import type { Rng } from './prng';

/**
 * Splits `total` into whole numbers proportional to `weights` (largest-remainder method). Ties go to the earlier
 * index, so the result is deterministic. Weights that are already counts summing to `total` come back unchanged.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  // Multiply before dividing so that integer weights summing to `total` give exact integer quotas.
  const quotas = weights.map((w) => (w * total) / sum);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .sort((x, y) => y.rest - x.rest || x.i - y.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k].i]++;
  return counts;
}

/** A multiset of values drawn without replacement. Drawing from an empty urn is a bug in the plan: it throws. */
export class Urn<T> {
  private readonly counts: number[];
  private left: number;

  constructor(
    private readonly values: readonly T[],
    counts: readonly number[],
    private readonly name = 'urn',
  ) {
    this.counts = [...counts];
    this.left = this.counts.reduce((a, b) => a + b, 0);
  }

  /** An urn of `total` values with counts proportional to `weights`. */
  static ofShares<T>(values: readonly T[], weights: readonly number[], total: number, name?: string): Urn<T> {
    return new Urn(values, largestRemainder(total, weights), name);
  }

  /** How many values are still in the urn. */
  get remaining(): number {
    return this.left;
  }

  /** Takes one value at random, each remaining copy equally likely. */
  draw(rng: Rng): T {
    if (this.left <= 0) throw new Error(`demo generator: ${this.name} drawn more often than planned`);
    let r = rng.int(this.left);
    for (let i = 0; i < this.counts.length; i++) {
      r -= this.counts[i];
      if (r < 0) {
        this.counts[i]--;
        this.left--;
        return this.values[i];
      }
    }
    throw new Error(`demo generator: ${this.name} is inconsistent`);
  }
}
