/**
 * When records happen. Victims are drawn in order of their first record (stratified start days), so records can be
 * streamed in date order; a victim's later records follow at random gaps within the same financial year. Because
 * episodes cannot run past 31 March, late starters' follow-ups pile up near the year's end; the start intensity is
 * therefore compensated (once per year, by a fixed pilot run) so that all records, not first records, follow the
 * intended seasonality.
 */
import { dayWeight, type FinancialYear } from './calendar';
import { Rng } from './prng';
import { RECORDS_PER_VICTIM } from './profile';

/** Mean days between a victim's successive records. */
const MEAN_GAP_DAYS = 28;

/**
 * The days of `k` records starting on `start`, none after `lastDay`: exponential gaps, squeezed into a random part of
 * the room left when they would run past the year's end (squeezing all to 31 March would pile records on that day).
 */
export function recordDays(start: number, k: number, lastDay: number, rng: Rng): number[] {
  const offsets = [0];
  for (let j = 1; j < k; j++) offsets.push(offsets[j - 1] + 1 + Math.floor(-Math.log(1 - rng.next()) * MEAN_GAP_DAYS));
  const room = lastDay - start;
  const squeeze = offsets[k - 1] > room ? (room * rng.next()) / offsets[k - 1] : 1;
  return offsets.map((o) => start + Math.floor(o * squeeze));
}

/** Cumulative sums of `weights`. */
const cumulate = (weights: readonly number[]): number[] => {
  let sum = 0;
  return weights.map((w) => (sum += w));
};

/** Index of the first cumulative value ≥ target, searching forward from `from` (targets only ever increase). */
function advance(cumulative: readonly number[], target: number, from: number): number {
  let i = from;
  while (i < cumulative.length - 1 && cumulative[i] < target) i++;
  return i;
}

const PILOT_VICTIMS = 30_000;
const PILOT_ROUNDS = 4;
/** Half-width (days) of the window over which pilot and target are compared: smooths the pilot's noise. */
const WINDOW = 5;

/** Start-day weights of a year such that the records of all victims follow dayWeight (fixed-point iteration). */
function startWeights(year: FinancialYear): number[] {
  const n = year.lastDay - year.firstDay + 1;
  const target = Array.from({ length: n }, (_, d) => dayWeight(year.firstDay + d));
  const weights = [...target];
  const sizes = RECORDS_PER_VICTIM.map(([k]) => k);
  const shares = RECORDS_PER_VICTIM.map(([, p]) => p);
  for (let round = 0; round < PILOT_ROUNDS; round++) {
    const rng = new Rng(0x5eed, round); // fixed: the compensation is a property of the year, not of the seed
    const cumulative = cumulate(weights);
    const records = new Array<number>(n).fill(0);
    for (let i = 0, d = 0; i < PILOT_VICTIMS; i++) {
      d = advance(cumulative, ((i + rng.next()) / PILOT_VICTIMS) * cumulative[n - 1], d);
      const k = rng.pick(sizes, shares);
      for (const day of recordDays(d, k, n - 1, rng)) records[day]++;
    }
    const got = cumulate(records);
    const want = cumulate(target);
    const windowSum = (c: number[], d: number) =>
      c[Math.min(n - 1, d + WINDOW)] - (d - WINDOW > 0 ? c[d - WINDOW - 1] : 0);
    const scale = got[n - 1] / want[n - 1];
    for (let d = 0; d < n; d++) weights[d] *= (scale * windowSum(want, d)) / Math.max(1, windowSum(got, d));
  }
  return weights;
}

const cache = new Map<number, number[]>();

/**
 * Start days for `count` victims of a year, in increasing order: victim i starts where the cumulative start
 * intensity passes (i + u) / count. Stratifying keeps every month populated and the output in date order.
 */
export class StartDays {
  private readonly cumulative: number[];
  private cursor = 0;

  constructor(
    private readonly year: FinancialYear,
    private readonly count: number,
  ) {
    if (!cache.has(year.firstDay)) cache.set(year.firstDay, cumulate(startWeights(year)));
    this.cumulative = cache.get(year.firstDay)!;
  }

  /** The start day (index into DAYS) of victim `i`; call with i = 0, 1, 2, … in order. */
  dayOf(i: number, rng: Rng): number {
    const total = this.cumulative[this.cumulative.length - 1];
    this.cursor = advance(this.cumulative, ((i + rng.next()) / this.count) * total, this.cursor);
    return this.year.firstDay + this.cursor;
  }
}
